#pragma once
// Which cron slots of a pipeline came due in a stretch of time: at start-up, the ones missed while
// the host was down; in the loop, the ones due now (more than one only after the process was
// suspended or the clock jumped).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "host/serve/pipeline_schedule.h"

namespace tributary::host {

// How far back a scan looks: slots older than this before `until` are not counted, so a store
// that was idle for years does not make start-up walk every minute since.
inline constexpr std::chrono::hours kMaxSlotLookback{24 * 366};

struct SlotScan {
  std::vector<std::chrono::sys_seconds> newest;   // the newest due slots (at most `keep`), oldest first
  std::int64_t older_count = 0;                   // due slots before those
  std::optional<std::chrono::sys_seconds> older_first, older_last;
  bool clamped = false;                           // `after` was beyond kMaxSlotLookback
  std::optional<std::chrono::sys_seconds> next;   // the first slot whose due time is after `until`

  bool empty() const { return newest.empty(); }
};

// Slots S with S > after and due(S) <= until.
SlotScan scan_due_slots(const PipelineSchedule& schedule, std::chrono::sys_seconds after,
                        std::chrono::sys_seconds until, std::size_t keep);

}  // namespace tributary::host
