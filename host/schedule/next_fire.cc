#include "host/schedule/next_fire.h"

#include <algorithm>
#include <stdexcept>

#include "host/schedule/cron_search.h"

namespace tributary::host {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_seconds;

date::local_seconds to_local(sys_seconds t, seconds offset) {
  return date::local_seconds{t.time_since_epoch() + offset};
}

sys_seconds to_sys(date::local_seconds t, seconds offset) {
  return sys_seconds{t.time_since_epoch() - offset};
}

// The zone's first period starts at the beginning of representable time; nothing precedes it.
bool has_previous(const date::sys_info& info) {
  return info.begin > date::sys_days{date::year{-32000} / 1 / 1};
}

// The first fire time after `after` inside one period of constant UTC offset. Within a period
// wall clock and real time advance together, so the first matching local minute is the answer;
// only the period's start needs the daylight-saving rule.
std::optional<sys_seconds> fire_in_period(const CronExpression& expr, const date::time_zone* zone,
                                          const date::sys_info& info, sys_seconds after,
                                          sys_seconds horizon) {
  const seconds offset = info.offset;
  date::local_seconds from =
      std::max<date::local_seconds>(date::floor<minutes>(to_local(after, offset)) + minutes{1},
                                    date::ceil<minutes>(to_local(info.begin, offset)));
  if (expr.is_fixed_time() && has_previous(info)) {
    const auto before = zone->get_info(info.begin - seconds{1});
    if (before.offset < offset && info.begin > after &&
        next_local_match(expr, to_local(info.begin, before.offset), to_local(info.begin, offset))) {
      // Clocks jumped over a named minute: the job runs once, right after the change.
      return info.begin;
    }
    if (before.offset > offset) {
      // Clocks went back: the repeated minutes already happened, and the job ran then.
      from = std::max(from, to_local(info.begin, before.offset));
    }
  }
  const sys_seconds end = std::min(info.end, horizon);
  if (auto found = next_local_match(expr, from, to_local(end, offset))) {
    return to_sys(*found, offset);
  }
  return std::nullopt;
}

}  // namespace

std::optional<sys_seconds> next_fire(const CronExpression& expr, const date::time_zone* zone,
                                     sys_seconds after) {
  if (zone == nullptr) throw std::invalid_argument("next_fire: time zone is null");
  if (!expr.can_ever_fire()) return std::nullopt;
  const sys_seconds horizon = after + date::floor<seconds>(kCronSearchHorizon);
  for (auto info = zone->get_info(after);; info = zone->get_info(info.end)) {
    if (auto fire = fire_in_period(expr, zone, info, after, horizon)) return fire;
    if (info.end >= horizon) return std::nullopt;
  }
}

std::vector<sys_seconds> next_fires(const CronExpression& expr, const date::time_zone* zone,
                                    sys_seconds after, std::size_t count) {
  std::vector<sys_seconds> fires;
  fires.reserve(std::min<std::size_t>(count, 1024));
  while (fires.size() < count) {
    auto fire = next_fire(expr, zone, after);
    if (!fire) break;
    fires.push_back(*fire);
    after = *fire;
  }
  return fires;
}

}  // namespace tributary::host
