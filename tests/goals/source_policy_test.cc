#include <gtest/gtest.h>

#include "host/goals/goal_updater.h"
#include "host/goals/goal_value.h"

namespace tributary::host {
namespace {

SourcePolicy policy(std::string mode, std::vector<std::string> sources) {
  SourcePolicy p;
  p.mode = std::move(mode);
  p.sources = std::move(sources);
  return p;
}

TEST(SourcePolicyFor, BuiltInDefaults) {
  HostSettings host;
  using V = std::vector<std::string>;
  EXPECT_EQ(source_policy_for(host, "phone_call_quantity").sources, (V{"justcall", "copper"}));
  EXPECT_EQ(source_policy_for(host, "talk_time_minutes").sources, (V{"justcall", "copper"}));
  EXPECT_EQ(source_policy_for(host, "new_sales_wholesale").sources, (V{"fishbowl", "copper"}));
  EXPECT_EQ(source_policy_for(host, "new_sales_distribution").sources, (V{"fishbowl", "copper"}));
  EXPECT_EQ(source_policy_for(host, "email_quantity").sources,
            (V{"copper", "hubspot", "salesforce"}));
  EXPECT_EQ(source_policy_for(host, "lead_progression_b").sources,
            (V{"copper", "hubspot", "salesforce"}));
  EXPECT_EQ(source_policy_for(host, "email_quantity").mode, "prefer");
  auto other = source_policy_for(host, "demos_booked");
  EXPECT_EQ(other.mode, "sum");
  EXPECT_TRUE(other.sources.empty());
}

TEST(SourcePolicyFor, HostSettingsWin) {
  HostSettings host;
  host.source_policy["phone_call_quantity"] = policy("sum", {"justcall", "copper"});
  auto p = source_policy_for(host, "phone_call_quantity");
  EXPECT_EQ(p.mode, "sum");
  EXPECT_EQ(p.sources, (std::vector<std::string>{"justcall", "copper"}));
  EXPECT_EQ(source_policy_for(host, "talk_time_minutes").mode, "prefer");
}

SourceTotals totals(std::initializer_list<std::tuple<const char*, double, long>> items) {
  SourceTotals t;
  for (const auto& [source, value, rows] : items) t[source] = {value, rows};
  return t;
}

TEST(GoalValue, PreferTakesTheFirstSourceThatReportedAndIgnoresTheRest) {
  // JustCall's 12 calls are also logged in Copper: counting both would say 22.
  auto v = goal_value(policy("prefer", {"justcall", "copper"}),
                      totals({{"copper", 10, 2}, {"justcall", 12, 2}, {"hubspot", 3, 1}}));
  EXPECT_DOUBLE_EQ(v.current, 12);
  EXPECT_EQ(v.source_detail,
            R"({"policy":"prefer","order":["justcall","copper"],)"
            R"("sources":{"copper":10,"hubspot":3,"justcall":12},"used":["justcall"]})");
}

TEST(GoalValue, PreferFallsBackWhenTheFirstSourceHasNoRows) {
  auto v = goal_value(policy("prefer", {"justcall", "copper"}), totals({{"copper", 10.5, 3}}));
  EXPECT_DOUBLE_EQ(v.current, 10.5);
  EXPECT_NE(v.source_detail.find(R"("used":["copper"])"), std::string::npos);
}

TEST(GoalValue, AReportedZeroStillWins) {
  // JustCall said "no calls today": Copper's logged activities must not replace that.
  auto v = goal_value(policy("prefer", {"justcall", "copper"}),
                      totals({{"justcall", 0, 1}, {"copper", 4, 1}}));
  EXPECT_DOUBLE_EQ(v.current, 0);
}

TEST(GoalValue, PreferIgnoresUnlistedSources) {
  auto v = goal_value(policy("prefer", {"justcall", "copper"}), totals({{"hubspot", 7, 1}}));
  EXPECT_DOUBLE_EQ(v.current, 0);
  EXPECT_NE(v.source_detail.find(R"("used":[])"), std::string::npos);
}

TEST(GoalValue, SumAddsTheListedSources) {
  auto v = goal_value(policy("sum", {"justcall", "copper"}),
                      totals({{"copper", 10, 2}, {"justcall", 12, 2}, {"hubspot", 3, 1}}));
  EXPECT_DOUBLE_EQ(v.current, 22);
  EXPECT_NE(v.source_detail.find(R"("used":["copper","justcall"])"), std::string::npos);
}

TEST(GoalValue, SumWithNoListAddsEverySource) {
  auto v = goal_value(policy("sum", {}),
                      totals({{"copper", 10, 2}, {"justcall", 12, 2}, {"hubspot", 3, 1}}));
  EXPECT_DOUBLE_EQ(v.current, 25);
}

}  // namespace
}  // namespace tributary::host
