#include <gtest/gtest.h>

#include "host/store/store.h"
#include "tests/store/sqlite_dump.h"
#include "tests/store/store_test_util.h"

namespace tributary::host {
namespace {

constexpr std::int64_t kNow = 1717434251;  // 2024-06-03T17:04:11Z

using StoreTables = testing::StoreFixture;

TEST_F(StoreTables, RunIsRunningUntilFinished) {
  auto id = store_->begin_run("sales", "cli", kNow);
  auto row = store_->run(id);
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->status, "running");
  EXPECT_EQ(row->started_at, kNow);
  EXPECT_EQ(row->ended_at, 0);
  EXPECT_EQ(testing::query_text(path_, "SELECT ended_at IS NULL FROM runs"), "1");

  store_->finish_run(id, "partial", kNow + 90, R"({"failed":1})");
  row = store_->run(id);
  EXPECT_EQ(row->status, "partial");
  EXPECT_EQ(row->ended_at, kNow + 90);
  EXPECT_EQ(row->summary, R"({"failed":1})");
  EXPECT_EQ(testing::query_text(path_, "SELECT ended_at FROM runs"), "2024-06-03T17:05:41Z");
}

TEST_F(StoreTables, FinishingAnUnknownRunIsAnError) {
  EXPECT_THROW(store_->finish_run(999, "success", kNow, "{}"), StoreError);
  EXPECT_FALSE(store_->run(999).has_value());
}

TEST_F(StoreTables, RunsListNewestFirstPerPipelineWithLimit) {
  auto a1 = store_->begin_run("a", "schedule", kNow);
  auto b1 = store_->begin_run("b", "http", kNow + 1);
  auto a2 = store_->record_run({0, "a", "missed", "missed", kNow + 2, kNow + 2, "{}"});
  auto a3 = store_->begin_run("a", "cli", kNow + 3);

  auto a = store_->runs(std::string("a"), 2);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].id, a3);
  EXPECT_EQ(a[1].id, a2);
  EXPECT_EQ(a[1].status, "missed");
  EXPECT_EQ(a[1].ended_at, kNow + 2);

  auto all = store_->runs(std::nullopt, 0);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[2].id, b1);
  EXPECT_EQ(all[3].id, a1);
}

GoalRow goal(const std::string& user, const std::string& type, double current) {
  return {
      user + "_" + type + "_weekly", user, type, "weekly", 100, current, "2024-06-03", "2024-06-09",
      R"({"used":["justcall"]})",    kNow};
}

TEST_F(StoreTables, UpsertGoalsReplacesTheWholeSet) {
  store_->upsert_goals({goal("ann", "phone_call_quantity", 10), goal("bob", "email_quantity", 3)});
  store_->upsert_goals({goal("ann", "phone_call_quantity", 12), goal("cy", "email_quantity", 1)});

  auto all = store_->goals(std::nullopt);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, "ann_phone_call_quantity_weekly");
  EXPECT_DOUBLE_EQ(all[0].current, 12);
  EXPECT_EQ(all[0].period_end, "2024-06-09");
  EXPECT_EQ(all[0].source_detail, R"({"used":["justcall"]})");
  EXPECT_EQ(all[0].updated_at, kNow);
  EXPECT_EQ(all[1].user_id, "cy");
  EXPECT_EQ(store_->goals(std::string("cy")).size(), 1u);
  EXPECT_TRUE(store_->goals(std::string("bob")).empty());
}

UserConfig user(const std::string& id, const std::string& email, bool active = true) {
  UserConfig u;
  u.id = id;
  u.email = email;
  u.name = id;
  u.active = active;
  return u;
}

TEST_F(StoreTables, SyncUsersMirrorsConfigAndKeepsDroppedUsersInactive) {
  auto ann = user("ann", "ann@example.com");
  ann.identities["justcall"]["agent_id"] = "77";
  store_->sync_users({ann, user("bob", "bob@example.com")}, kNow);
  EXPECT_EQ(testing::query_text(path_, "SELECT identities FROM users WHERE id = 'ann'"),
            R"({"justcall":{"agent_id":"77"}})");

  store_->sync_users({ann, user("cy", "cy@example.com", false)}, kNow + 60);
  auto rows = testing::dump_table(path_, "users");
  ASSERT_EQ(rows.size(), 3u);
  // ann unchanged keeps her timestamps; bob was dropped; cy arrived inactive.
  EXPECT_EQ(rows[0],
            "ann|ann@example.com|ann|1|{\"justcall\":{\"agent_id\":\"77\"}}|"
            "2024-06-03T17:04:11Z|2024-06-03T17:04:11Z");
  EXPECT_EQ(rows[1], "bob|bob@example.com|bob|0|{}|2024-06-03T17:04:11Z|2024-06-03T17:05:11Z");
  EXPECT_EQ(rows[2], "cy|cy@example.com|cy|0|{}|2024-06-03T17:05:11Z|2024-06-03T17:05:11Z");
}

}  // namespace
}  // namespace tributary::host
