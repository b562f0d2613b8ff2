#include "host/serve/slot_scan.h"

#include <deque>

namespace tributary::host {

SlotScan scan_due_slots(const PipelineSchedule& schedule, std::chrono::sys_seconds after,
                        std::chrono::sys_seconds until, std::size_t keep) {
  SlotScan scan;
  const auto earliest = until - std::chrono::duration_cast<std::chrono::seconds>(kMaxSlotLookback);
  if (after < earliest) {
    after = earliest;
    scan.clamped = true;
  }
  std::deque<std::chrono::sys_seconds> ring;
  auto t = after;
  while (auto slot = schedule.slot_after(t)) {
    if (schedule.due(*slot) > until) {
      scan.next = slot;
      break;
    }
    ring.push_back(*slot);
    if (ring.size() > keep) {
      if (!scan.older_first) scan.older_first = ring.front();
      scan.older_last = ring.front();
      ++scan.older_count;
      ring.pop_front();
    }
    t = *slot;
  }
  scan.newest.assign(ring.begin(), ring.end());
  return scan;
}

}  // namespace tributary::host
