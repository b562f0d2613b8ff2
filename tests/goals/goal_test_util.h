#pragma once
// Config and time builders for the goal tests.

#include <gtest/gtest.h>

#include <chrono>

#include "host/config/model.h"
#include "tributary/sdk/time.h"

namespace tributary::testing {

inline std::chrono::system_clock::time_point at(const char* iso) {
  auto unix = sdk::parse_iso8601(iso);
  EXPECT_TRUE(unix.has_value()) << iso;
  return std::chrono::system_clock::time_point{std::chrono::seconds{unix.value_or(0)}};
}

inline host::UserConfig user(const char* id, bool active = true) {
  host::UserConfig u;
  u.id = id;
  u.active = active;
  return u;
}

inline host::GoalConfig goal_config(const char* user_id, const char* type, const char* period,
                                    double target) {
  host::GoalConfig g;
  g.user_id = user_id;
  g.type = type;
  g.period = period;
  g.target = target;
  return g;
}

}  // namespace tributary::testing
