#pragma once
// Which goal rows the configuration asks for.

#include <string>
#include <vector>

#include "host/config/model.h"

namespace tributary::host {

struct PlannedGoal {
  std::string id;  // {user_id}_{type}_{period}
  std::string user_id;
  std::string type;
  std::string period;
  double target = 0;
};

// goals.yaml with user "*" expanded to every active user, sorted by id. A goal that names a user
// outright overrides the "*" goal of the same type and period for that user.
std::vector<PlannedGoal> plan_goals(const Config& config);

}  // namespace tributary::host
