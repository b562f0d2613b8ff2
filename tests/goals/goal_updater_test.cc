#include "host/goals/goal_updater.h"

#include <gtest/gtest.h>

#include "tests/goals/goal_test_util.h"
#include "tests/store/temp_dir.h"

namespace tributary::host {
namespace {

using testing::goal_config;
using testing::user;

// Thursday 2024-06-06 12:00 UTC: the week is 06-03..06-09, the month June.
const auto kNow = std::chrono::system_clock::time_point{std::chrono::seconds{1717675200}};

class UpdateGoals : public ::testing::Test {
 protected:
  testing::TempDir dir_;
  StorePtr store_ = open_sqlite_store(dir_.file("store.db"));
  Config config_;

  void SetUp() override {
    config_.host.org.timezone = "UTC";
    config_.users = {user("ann"), user("bob"), user("cy", false)};
  }

  // One unit per (source, user, type); each owns only 2024-05-20..2024-06-09.
  void put(const char* source, const char* user_id, const char* type,
           const std::vector<std::pair<const char*, double>>& days) {
    UnitWrite w;
    w.source = source;
    w.covered_users = {user_id};
    w.metric_types = {type};
    w.window_start = "2024-05-20";
    w.window_end = "2024-06-09";
    for (const auto& [date, value] : days) w.metrics.push_back({user_id, type, date, value, {}});
    w.now_unix = 1717600000;
    store_->commit_unit(w);
  }

  GoalRow row(const std::string& id) {
    for (auto& g : store_->goals(std::nullopt))
      if (g.id == id) return g;
    ADD_FAILURE() << "no goal row " << id;
    return {};
  }
};

TEST_F(UpdateGoals, JustCallAndCopperCallsAreNotDoubleCounted) {
  config_.goals = {goal_config("*", "phone_call_quantity", "weekly", 50)};
  put("justcall", "ann", "phone_call_quantity",
      {{"2024-06-02", 100}, {"2024-06-03", 5}, {"2024-06-04", 7}});
  put("copper", "ann", "phone_call_quantity", {{"2024-06-03", 4}, {"2024-06-05", 6}});
  put("copper", "bob", "phone_call_quantity", {{"2024-06-04", 3}});

  EXPECT_EQ(update_goals(*store_, config_, kNow), 2);  // cy is inactive

  auto ann = row("ann_phone_call_quantity_weekly");
  EXPECT_DOUBLE_EQ(ann.current, 12);  // JustCall's 5 + 7; Sunday 06-02 is last week
  EXPECT_DOUBLE_EQ(ann.target, 50);
  EXPECT_EQ(ann.period, "weekly");
  EXPECT_EQ(ann.period_start, "2024-06-03");
  EXPECT_EQ(ann.period_end, "2024-06-09");
  EXPECT_EQ(ann.updated_at, 1717675200);
  EXPECT_EQ(ann.source_detail, R"({"policy":"prefer","order":["justcall","copper"],)"
                               R"("sources":{"copper":10,"justcall":12},"used":["justcall"]})");
  EXPECT_DOUBLE_EQ(row("bob_phone_call_quantity_weekly").current, 3);  // no JustCall account
}

TEST_F(UpdateGoals, SumWhenTheHostAsksForIt) {
  SourcePolicy sum;
  sum.mode = "sum";
  sum.sources = {"justcall", "copper"};
  config_.host.source_policy["talk_time_minutes"] = sum;
  config_.goals = {goal_config("ann", "talk_time_minutes", "monthly", 600)};
  put("justcall", "ann", "talk_time_minutes", {{"2024-05-31", 50}, {"2024-06-04", 30}});
  put("copper", "ann", "talk_time_minutes", {{"2024-06-04", 20}});
  put("hubspot", "ann", "talk_time_minutes", {{"2024-06-04", 5}});

  EXPECT_EQ(update_goals(*store_, config_, kNow), 1);
  auto g = row("ann_talk_time_minutes_monthly");
  EXPECT_DOUBLE_EQ(g.current, 50);  // June only; hubspot is not in the list
  EXPECT_EQ(g.period_start, "2024-06-01");
  EXPECT_EQ(g.period_end, "2024-06-30");
}

TEST_F(UpdateGoals, PeriodsOfOneRunDoNotLeakIntoEachOther) {
  config_.goals = {goal_config("ann", "email_quantity", "daily", 10),
                   goal_config("ann", "email_quantity", "weekly", 50),
                   goal_config("ann", "email_quantity", "yearly", 2000)};
  put("copper", "ann", "email_quantity",
      {{"2024-05-20", 1}, {"2024-06-03", 2}, {"2024-06-06", 4}, {"2024-06-07", 8}});

  EXPECT_EQ(update_goals(*store_, config_, kNow), 3);
  EXPECT_DOUBLE_EQ(row("ann_email_quantity_daily").current, 4);
  EXPECT_DOUBLE_EQ(row("ann_email_quantity_weekly").current, 14);
  EXPECT_DOUBLE_EQ(row("ann_email_quantity_yearly").current, 15);
}

TEST_F(UpdateGoals, GoalsNoLongerConfiguredAreRemoved) {
  config_.goals = {goal_config("*", "email_quantity", "weekly", 50),
                   goal_config("ann", "email_quantity", "daily", 10)};
  EXPECT_EQ(update_goals(*store_, config_, kNow), 3);

  config_.goals = {goal_config("ann", "email_quantity", "weekly", 60)};
  EXPECT_EQ(update_goals(*store_, config_, kNow), 1);
  auto rows = store_->goals(std::nullopt);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].id, "ann_email_quantity_weekly");
  EXPECT_DOUBLE_EQ(rows[0].target, 60);
  EXPECT_DOUBLE_EQ(rows[0].current, 0);
  EXPECT_EQ(rows[0].source_detail,
            R"({"policy":"prefer","order":["copper","hubspot","salesforce"],)"
            R"("sources":{},"used":[]})");
}

TEST_F(UpdateGoals, UnknownZoneFailsBeforeWritingAnything) {
  config_.goals = {goal_config("ann", "email_quantity", "weekly", 50)};
  update_goals(*store_, config_, kNow);
  config_.host.org.timezone = "Nowhere/Special";
  config_.goals = {};
  config_.goals.push_back(goal_config("bob", "email_quantity", "weekly", 5));
  EXPECT_THROW(update_goals(*store_, config_, kNow), std::invalid_argument);
  ASSERT_EQ(store_->goals(std::nullopt).size(), 1u);
}

}  // namespace
}  // namespace tributary::host
