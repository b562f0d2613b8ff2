#pragma once
// JustCall's users. rep1..repN match the people in config/users; rep2's email differs in case
// (as CWL saw in production) to exercise case-insensitive matching, and one extra agent
// (ghost@example.com) exists in JustCall but not in our users.

#include <cstdint>
#include <string>
#include <vector>

#include <date/tz.h>

namespace tributary::sandbox::justcall {

struct Agent {
  std::int64_t id = 0;
  std::string name;
  std::string email;
  std::string timezone;
  const date::time_zone* zone = nullptr;
  int extension = 0;
};

inline constexpr std::int64_t kFirstAgentId = 1001;
inline constexpr int kMaxUsers = 9000;  // call ids leave four decimal digits for the agent

// `users` reps (1..kMaxUsers) plus the ghost, ids kFirstAgentId upwards.
std::vector<Agent> make_agents(int users);

}  // namespace tributary::sandbox::justcall
