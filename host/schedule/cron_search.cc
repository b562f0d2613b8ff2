#include "host/schedule/cron_search.h"

#include <chrono>

namespace tributary::host {
namespace {

// The first allowed (hour, minute) at or after hour:minute on a matching day, as an offset
// from midnight.
std::optional<std::chrono::minutes> first_time_in_day(const CronExpression& expr, int hour,
                                                      int minute) {
  for (int h = expr.hour().next_at_or_after(hour); h != -1 && h < 24;
       h = expr.hour().next_at_or_after(h + 1)) {
    const int m = expr.minute().next_at_or_after(h == hour ? minute : 0);
    if (m != -1 && m < 60) return std::chrono::hours{h} + std::chrono::minutes{m};
  }
  return std::nullopt;
}

date::local_days first_day_of_next_month(date::year_month_day day) {
  return date::local_days{(day.year() / day.month() + date::months{1}) / 1};
}

}  // namespace

std::optional<date::local_seconds> next_local_match(const CronExpression& expr,
                                                    date::local_seconds from,
                                                    date::local_seconds limit) {
  const auto start = date::ceil<std::chrono::minutes>(from);
  auto day = date::floor<date::days>(start);
  const auto start_of_day = start - day;
  int hour = static_cast<int>(start_of_day / std::chrono::hours{1});
  int minute = static_cast<int>((start_of_day % std::chrono::hours{1}).count());
  while (day < limit) {
    const date::year_month_day ymd{day};
    if (!expr.month().has(static_cast<int>(static_cast<unsigned>(ymd.month())))) {
      day = first_day_of_next_month(ymd);
      hour = minute = 0;
      continue;
    }
    if (expr.matches_day(ymd)) {
      if (auto time = first_time_in_day(expr, hour, minute)) {
        const date::local_seconds found = day + *time;
        if (found < limit) return found;
        return std::nullopt;
      }
    }
    day += date::days{1};
    hour = minute = 0;
  }
  return std::nullopt;
}

}  // namespace tributary::host
