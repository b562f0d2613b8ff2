#include "tests/sandbox/justcall/call_store.h"

#include <algorithm>
#include <mutex>

#include "tests/sandbox/justcall/call_generator.h"

namespace tributary::sandbox::justcall {

CallStore::CallStore(const DatasetOptions& options)
    : agents_(make_agents(options.users)), calls_(generate_calls(agents_, options)) {
  std::ranges::sort(calls_, std::greater{}, &Call::id);
  for (const auto& call : calls_) {
    all_.push_back(&call);
    by_agent_[call.agent_id].push_back(&call);
  }
}

const Agent* CallStore::agent(std::int64_t id) const {
  auto found = std::ranges::find(agents_, id, &Agent::id);
  return found == agents_.end() ? nullptr : &*found;
}

bool CallStore::hidden(const Call& call) const {
  return !hidden_.empty() && hidden_.contains({call.agent_id, call.agent_date()});
}

std::vector<const Call*> CallStore::select(const CallFilter& filter, bool descending) const {
  static const std::vector<const Call*> kNone;
  const auto* candidates = &all_;
  if (filter.agent_id) {
    auto found = by_agent_.find(*filter.agent_id);
    candidates = found == by_agent_.end() ? &kNone : &found->second;
  }
  std::vector<const Call*> selected;
  {
    std::shared_lock lock(hidden_mutex_);
    for (const Call* call : *candidates) {
      if (filter.from && call->local_start < *filter.from) continue;
      if (filter.to && call->local_start > *filter.to) continue;
      if (filter.direction && call->direction != *filter.direction) continue;
      if (hidden(*call)) continue;
      selected.push_back(call);
    }
  }
  if (!descending) std::ranges::reverse(selected);
  return selected;
}

std::size_t CallStore::hide(std::int64_t agent_id, date::local_days day) {
  std::unique_lock lock(hidden_mutex_);
  hidden_.insert({agent_id, day});
  return static_cast<std::size_t>(std::ranges::count_if(
      calls_, [&](const Call& call) { return call.agent_id == agent_id && call.agent_date() == day; }));
}

void CallStore::unhide_all() {
  std::unique_lock lock(hidden_mutex_);
  hidden_.clear();
}

}  // namespace tributary::sandbox::justcall
