#pragma once
// What the scheduler keeps in the store: per pipeline, the instant up to which its cron slots have
// been dealt with (so a restart knows which slots it missed), and a runs row for every slot that
// did not run (status `missed` or `skipped`, trigger `schedule`).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "host/store/store.h"

namespace tributary::host {

// The connector_state scope the mark lives under: "<pipeline>/@schedule". A connector's scope is
// "<pipeline>/<connector name>" and '@' is not allowed in names, so the two never meet.
std::string schedule_state_scope(const std::string& pipeline);

class SlotLedger {
 public:
  explicit SlotLedger(Store& store) : store_(store) {}

  std::optional<std::chrono::sys_seconds> considered_through(const std::string& pipeline);
  void set_considered_through(const std::string& pipeline, std::chrono::sys_seconds through,
                              std::chrono::sys_seconds now);

  // One slot that did not run. Returns the row id.
  std::int64_t record_slot(const std::string& pipeline, const std::string& status,
                           std::chrono::sys_seconds slot, const std::string& reason);
  // `count` slots from `first` to `last` that did not run, as one row.
  std::int64_t record_slots(const std::string& pipeline, const std::string& status,
                            std::chrono::sys_seconds first, std::chrono::sys_seconds last,
                            std::int64_t count, const std::string& reason);

 private:
  Store& store_;
};

}  // namespace tributary::host
