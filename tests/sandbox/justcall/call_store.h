#pragma once
// The served data set: agents and their calls, minus the (agent, agent-local date) pairs a test
// has hidden through /_sandbox/justcall/hide-calls. Calls never change after construction, so
// readers share them without copying; only the hidden set is guarded.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <shared_mutex>
#include <utility>
#include <vector>

#include <date/date.h>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/justcall/call.h"

namespace tributary::sandbox::justcall {

struct CallFilter {
  std::optional<std::int64_t> agent_id;
  std::optional<date::local_seconds> from;  // inclusive, on the agent's wall clock
  std::optional<date::local_seconds> to;    // inclusive, on the agent's wall clock
  std::optional<Direction> direction;
};

class CallStore {
 public:
  explicit CallStore(const DatasetOptions& options);
  CallStore(const CallStore&) = delete;  // the per-agent index points into calls_
  CallStore& operator=(const CallStore&) = delete;

  const std::vector<Agent>& agents() const { return agents_; }
  const Agent* agent(std::int64_t id) const;

  // Visible calls matching the filter, by id. Ids grow with the start instant (start seconds,
  // then agent), so this is also the API's sort=datetime order.
  std::vector<const Call*> select(const CallFilter& filter, bool descending) const;

  // Hides the agent's calls on that agent-local date; returns how many calls that hid.
  std::size_t hide(std::int64_t agent_id, date::local_days day);
  void unhide_all();

 private:
  bool hidden(const Call& call) const;  // caller holds hidden_mutex_

  std::vector<Agent> agents_;
  std::vector<Call> calls_;  // id descending
  std::vector<const Call*> all_;
  std::map<std::int64_t, std::vector<const Call*>> by_agent_;  // each id descending
  mutable std::shared_mutex hidden_mutex_;
  std::set<std::pair<std::int64_t, date::local_days>> hidden_;
};

}  // namespace tributary::sandbox::justcall
