#include "host/runner/window.h"

#include "tributary/sdk/time.h"

namespace tributary::host {

sdk::Result<sdk::Window> window_between(std::string_view from, std::string_view to,
                                        std::string_view tz) {
  if (!sdk::is_valid_date(from))
    return sdk::Status::config("--from '" + std::string(from) + "' is not a date (YYYY-MM-DD)");
  if (!sdk::is_valid_date(to))
    return sdk::Status::config("--to '" + std::string(to) + "' is not a date (YYYY-MM-DD)");
  if (to < from)
    return sdk::Status::config("the window ends (" + std::string(to) + ") before it starts (" +
                               std::string(from) + ")");
  sdk::Window w;
  w.start_date = std::string(from);
  w.end_date = std::string(to);
  auto start = sdk::local_to_unix(w.start_date, "00:00:00", tz);
  if (!start) return start.status();
  auto end = sdk::local_to_unix(sdk::add_days(w.end_date, 1), "00:00:00", tz);
  if (!end) return end.status();
  w.start_utc = *start;
  w.end_utc = *end;
  return w;
}

sdk::Result<sdk::Window> window_last_days(int days, std::chrono::system_clock::time_point now,
                                          std::string_view tz) {
  if (days < 1) return sdk::Status::config("a window needs at least 1 day, got " + std::to_string(days));
  auto secs = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  auto today = sdk::local_date(secs, tz);
  if (!today) return today.status();
  return window_between(sdk::add_days(*today, -(days - 1)), *today, tz);
}

}  // namespace tributary::host
