#include "tests/sandbox/copper/day_clock.h"

#include <algorithm>
#include <set>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::copper {

namespace {
constexpr std::int64_t kEdgeS = 15 * 60;
enum Salt : std::uint64_t { kOffset = 101, kOffsetKind };
}  // namespace

LocalDay local_day(const date::time_zone* zone, date::local_days day) {
  LocalDay d;
  d.day = day;
  d.start = date::floor<std::chrono::seconds>(zone->to_sys(day, date::choose::earliest));
  auto end = date::floor<std::chrono::seconds>(zone->to_sys(day + date::days{1}, date::choose::earliest));
  d.length_s = (end - d.start).count();
  if (auto info = zone->get_info(d.start); info.end < end)
    d.transition_s = std::chrono::duration_cast<std::chrono::seconds>(info.end - d.start).count();
  return d;
}

std::vector<std::int64_t> day_offsets(std::uint64_t key, int count, const LocalDay& day) {
  std::set<std::int64_t> taken;
  for (int i = 0; i < count; ++i) {
    auto index = static_cast<std::uint64_t>(i);
    auto kind = hash_of({key, kOffsetKind, index});
    auto draw = hash_of({key, kOffset, index});
    std::int64_t offset = uniform_int(draw, 0, day.length_s - 1);
    if (i == 0 && kind % 2 == 0) {
      offset = day.length_s - 1 - uniform_int(draw, 0, kEdgeS - 1);  // just before midnight
    } else if (i == 1 && kind % 2 == 0) {
      offset = uniform_int(draw, 0, kEdgeS - 1);  // just after midnight
    } else if (i == 2 && day.transition_s) {
      offset = std::clamp<std::int64_t>(*day.transition_s + uniform_int(draw, -1800, 1799), 0,
                                        day.length_s - 1);
    }
    while (!taken.insert(offset).second) offset = (offset + 1) % day.length_s;
  }
  return {taken.begin(), taken.end()};
}

}  // namespace tributary::sandbox::copper
