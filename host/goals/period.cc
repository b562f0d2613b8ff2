#include <stdexcept>

#include "host/goals/goal_updater.h"
#include "host/goals/zone.h"

namespace tributary::host {

namespace {

Period span(date::local_days first, date::local_days last) {
  return {format_day(first), format_day(last)};
}

Period months(date::year y, unsigned first_month, unsigned count) {
  const date::month first{first_month};
  const date::month last{first_month + count - 1};
  return span(date::local_days{y / first / 1},
              date::local_days{date::year_month_day_last{y / last / date::last}});
}

}  // namespace

Period period_containing(std::string_view period, std::chrono::system_clock::time_point now,
                         std::string_view tz) {
  const auto* zone = find_zone(tz);
  const date::local_days today = local_day_of(zone, now);
  const date::year_month_day ymd{today};
  if (period == "daily") return span(today, today);
  if (period == "weekly") {
    // weekday difference is taken modulo 7, so a Sunday belongs to the week that began six days
    // earlier (the original system counted Sunday as the start of the next week).
    const auto monday = today - (date::weekday{today} - date::Monday);
    return span(monday, monday + date::days{6});
  }
  if (period == "monthly") return months(ymd.year(), static_cast<unsigned>(ymd.month()), 1);
  if (period == "quarterly") {
    const unsigned first = (static_cast<unsigned>(ymd.month()) - 1) / 3 * 3 + 1;
    return months(ymd.year(), first, 3);
  }
  if (period == "yearly") return months(ymd.year(), 1, 12);
  throw std::invalid_argument("unknown goal period '" + std::string(period) +
                              "'; expected daily, weekly, monthly, quarterly or yearly");
}

}  // namespace tributary::host
