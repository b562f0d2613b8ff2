#pragma once
// One local day of the account's zone as instants, and the second offsets the generators put
// records at: often minutes from midnight on either side, and near a DST change when the day has
// one, because those are the instants a wrong time-zone conversion moves into another day.

#include <cstdint>
#include <optional>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

namespace tributary::sandbox::copper {

struct LocalDay {
  date::local_days day;
  date::sys_seconds start;
  std::int64_t length_s = 86400;             // 82800 or 90000 on DST days
  std::optional<std::int64_t> transition_s;  // seconds from start to the DST change
};

LocalDay local_day(const date::time_zone* zone, date::local_days day);

// `count` distinct ascending offsets in [0, length_s), drawn from `key`.
std::vector<std::int64_t> day_offsets(std::uint64_t key, int count, const LocalDay& day);

}  // namespace tributary::sandbox::copper
