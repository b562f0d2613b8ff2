#include "host/goals/zone.h"

#include <cstdio>
#include <stdexcept>

#include "tributary/sdk/time.h"

namespace tributary::host {

const date::time_zone* find_zone(std::string_view tz) {
  try {
    return date::locate_zone(tz);
  } catch (const std::exception&) {
    throw std::invalid_argument("unknown time zone '" + std::string(tz) +
                                "'; expected an IANA name such as 'America/New_York'");
  }
}

date::local_days local_day_of(const date::time_zone* zone,
                              std::chrono::system_clock::time_point now) {
  auto local = zone->to_local(date::floor<std::chrono::seconds>(now));
  return date::floor<date::days>(local);
}

date::sys_seconds day_start(const date::time_zone* zone, date::local_days day) {
  const date::local_seconds midnight{day};
  auto info = zone->get_info(midnight);
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:  // the earlier of the two midnights begins the day
      return date::sys_seconds{midnight.time_since_epoch()} - info.first.offset;
    case date::local_info::nonexistent:
    default:
      return info.second.begin;
  }
}

date::local_days parse_day(std::string_view text, std::string_view what) {
  auto unix = sdk::utc_to_unix(text, "00:00:00");
  if (text.size() != 10 || !unix)
    throw std::invalid_argument(std::string(what) + " '" + std::string(text) +
                                "' is not a YYYY-MM-DD date");
  return date::local_days{date::floor<date::days>(std::chrono::seconds{*unix})};
}

std::string format_day(date::local_days day) {
  date::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace tributary::host
