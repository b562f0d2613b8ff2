#include "host/goals/goal_plan.h"

#include <map>

namespace tributary::host {

std::vector<PlannedGoal> plan_goals(const Config& config) {
  struct Entry {
    PlannedGoal goal;
    bool explicit_user = false;
  };
  std::map<std::string, Entry> by_id;
  auto put = [&](const std::string& user_id, const GoalConfig& g, bool explicit_user) {
    PlannedGoal p{user_id + "_" + g.type + "_" + g.period, user_id, g.type, g.period, g.target};
    auto [it, inserted] = by_id.try_emplace(p.id, Entry{p, explicit_user});
    if (!inserted && (explicit_user || !it->second.explicit_user)) it->second = {p, explicit_user};
  };
  for (const auto& g : config.goals) {
    if (g.user_id != "*") {
      put(g.user_id, g, true);
      continue;
    }
    for (const auto& u : config.users)
      if (u.active) put(u.id, g, false);
  }
  std::vector<PlannedGoal> out;
  out.reserve(by_id.size());
  for (auto& [id, e] : by_id) out.push_back(std::move(e.goal));
  return out;
}

}  // namespace tributary::host
