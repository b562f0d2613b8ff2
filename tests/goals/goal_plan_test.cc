#include "host/goals/goal_plan.h"

#include <gtest/gtest.h>

#include "tests/goals/goal_test_util.h"

namespace tributary::host {
namespace {

using testing::goal_config;
using testing::user;

TEST(PlanGoals, StarMeansEveryActiveUser) {
  Config c;
  c.users = {user("ann"), user("bob"), user("cy", false)};
  c.goals = {goal_config("*", "phone_call_quantity", "weekly", 50)};
  auto plan = plan_goals(c);
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].id, "ann_phone_call_quantity_weekly");
  EXPECT_EQ(plan[1].id, "bob_phone_call_quantity_weekly");
  EXPECT_DOUBLE_EQ(plan[1].target, 50);
}

TEST(PlanGoals, ANamedUserOverridesTheStarGoalWhateverTheOrder) {
  Config c;
  c.users = {user("ann"), user("bob")};
  c.goals = {goal_config("ann", "email_quantity", "daily", 80),
             goal_config("*", "email_quantity", "daily", 40),
             goal_config("*", "email_quantity", "monthly", 900)};
  auto plan = plan_goals(c);
  ASSERT_EQ(plan.size(), 4u);
  EXPECT_EQ(plan[0].id, "ann_email_quantity_daily");
  EXPECT_DOUBLE_EQ(plan[0].target, 80);
  EXPECT_EQ(plan[2].id, "bob_email_quantity_daily");
  EXPECT_DOUBLE_EQ(plan[2].target, 40);
}

}  // namespace
}  // namespace tributary::host
