#include <gtest/gtest.h>

#include <cmath>

#include "host/store/store.h"
#include "tests/store/sqlite_dump.h"
#include "tests/store/store_test_util.h"

namespace tributary::host {
namespace {

using testing::dump_all;
using testing::dump_table;
using testing::metric;
using testing::query_text;
using testing::unit_write;

constexpr std::int64_t kT1 = 1717434251;  // 2024-06-03T17:04:11Z
constexpr std::int64_t kT2 = kT1 + 3600;  // 2024-06-03T18:04:11Z

const std::vector<std::string> kCallTypes{"phone_call_quantity", "talk_time_minutes"};

class CommitUnit : public testing::StoreFixture {
 protected:
  static UnitWrite three_days(std::int64_t now) {
    return unit_write("justcall", {"ann"}, kCallTypes, "2024-06-01", "2024-06-03",
                      {metric("ann", "phone_call_quantity", "2024-06-01", 4, {{"inbound", 1}}),
                       metric("ann", "phone_call_quantity", "2024-06-02", 7),
                       metric("ann", "talk_time_minutes", "2024-06-02", 12.5),
                       metric("ann", "phone_call_quantity", "2024-06-03", 2)},
                      now);
  }

  std::string column(const std::string& id, const std::string& name) {
    return query_text(path_, "SELECT " + name + " FROM metrics WHERE id = '" + id + "'");
  }
};

TEST_F(CommitUnit, InsertsRowsWithContractIdsAndIsoTimestamps) {
  auto stats = store_->commit_unit(three_days(kT1));
  EXPECT_EQ(stats.inserted, 4);
  EXPECT_EQ(stats.updated + stats.unchanged + stats.deleted, 0);

  auto rows = store_->metrics({});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].id, "ann_phone_call_quantity_2024-06-01_justcall");
  EXPECT_EQ(rows[0].metadata, R"({"inbound":1})");
  EXPECT_EQ(rows[0].created_at, kT1);
  EXPECT_EQ(rows[0].updated_at, kT1);
  const std::string id = "ann_talk_time_minutes_2024-06-02_justcall";
  EXPECT_EQ(column(id, "created_at"), "2024-06-03T17:04:11Z");
  EXPECT_EQ(column(id, "value"), "12.5");
  EXPECT_EQ(column(id, "metadata"), "{}");
}

TEST_F(CommitUnit, SameWriteTwiceIsANoOpDownToTheTimestamps) {
  store_->commit_unit(three_days(kT1));
  const auto before = dump_table(path_, "metrics");

  auto stats = store_->commit_unit(three_days(kT2));

  EXPECT_EQ(stats.unchanged, 4);
  EXPECT_EQ(stats.inserted + stats.updated + stats.deleted, 0);
  EXPECT_EQ(dump_table(path_, "metrics"), before);
}

TEST_F(CommitUnit, ChangedValueOrMetadataUpdatesAndKeepsCreatedAt) {
  store_->commit_unit(three_days(kT1));
  auto w = three_days(kT2);
  w.metrics[1].value = 8;                    // 06-02 calls
  w.metrics[3].metadata = {{"inbound", 2}};  // 06-03 calls, same value

  auto stats = store_->commit_unit(w);

  EXPECT_EQ(stats.updated, 2);
  EXPECT_EQ(stats.unchanged, 2);
  const std::string changed = "ann_phone_call_quantity_2024-06-02_justcall";
  EXPECT_EQ(column(changed, "value"), "8.0");
  EXPECT_EQ(column(changed, "created_at"), "2024-06-03T17:04:11Z");
  EXPECT_EQ(column(changed, "updated_at"), "2024-06-03T18:04:11Z");
  const std::string meta = "ann_phone_call_quantity_2024-06-03_justcall";
  EXPECT_EQ(column(meta, "metadata"), R"({"inbound":2})");
  EXPECT_EQ(column(meta, "updated_at"), "2024-06-03T18:04:11Z");
  const std::string same = "ann_phone_call_quantity_2024-06-01_justcall";
  EXPECT_EQ(column(same, "updated_at"), "2024-06-03T17:04:11Z");
}

TEST_F(CommitUnit, ReplacesOnlyTheWindowOfCoveredUsersTypesAndSource) {
  // Rows the next write must not touch: a day before its window, another source, another
  // user, and a type the unit does not declare.
  store_->commit_unit(unit_write("justcall", {"ann", "bob"},
                                 {"phone_call_quantity", "talk_time_minutes", "email_quantity"},
                                 "2024-05-31", "2024-06-03",
                                 {metric("ann", "phone_call_quantity", "2024-05-31", 9),
                                  metric("ann", "phone_call_quantity", "2024-06-02", 7),
                                  metric("ann", "phone_call_quantity", "2024-06-03", 2),
                                  metric("ann", "email_quantity", "2024-06-02", 5),
                                  metric("bob", "phone_call_quantity", "2024-06-02", 3)},
                                 kT1));
  store_->commit_unit(unit_write("copper", {"ann"}, {"phone_call_quantity"}, "2024-06-01",
                                 "2024-06-03",
                                 {metric("ann", "phone_call_quantity", "2024-06-02", 6)}, kT1));
  auto untouched = [&] {
    std::vector<std::string> out;
    for (const auto& line : dump_table(path_, "metrics"))
      if (line.find("ann_phone_call_quantity_2024-06-0") != 0 ||
          line.find("_2024-05-31_") != std::string::npos ||
          line.find("_copper|") != std::string::npos)
        out.push_back(line);
    return out;
  };
  const auto before = untouched();
  ASSERT_EQ(before.size(), 4u);

  // 06-02 now has no calls: the stale 7 must go. 06-03 changes, 06-01 is new.
  auto stats =
      store_->commit_unit(unit_write("justcall", {"ann"}, kCallTypes, "2024-06-01", "2024-06-03",
                                     {metric("ann", "phone_call_quantity", "2024-06-01", 1),
                                      metric("ann", "phone_call_quantity", "2024-06-03", 3)},
                                     kT2));

  EXPECT_EQ(stats.inserted, 1);
  EXPECT_EQ(stats.updated, 1);
  EXPECT_EQ(stats.deleted, 1);
  EXPECT_EQ(stats.unchanged, 0);
  EXPECT_EQ(column("ann_phone_call_quantity_2024-06-02_justcall", "id"), "");
  EXPECT_EQ(untouched(), before);
}

struct BadMetric {
  const char* name;
  sdk::MetricRecord record;
  const char* message_part;
};

class CommitUnitRejects : public CommitUnit, public ::testing::WithParamInterface<BadMetric> {};

TEST_P(CommitUnitRejects, WholeUnitAndLeavesTheDatabaseAsItWas) {
  store_->commit_unit(three_days(kT1));
  const auto before = dump_all(path_);
  auto w = three_days(kT2);
  w.metrics[1].value = 100;  // a valid change that must not land either
  w.metrics.push_back(GetParam().record);
  w.state["cursor"] = "should-not-commit";

  try {
    store_->commit_unit(w);
    FAIL() << "commit_unit accepted " << GetParam().name;
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().message_part), std::string::npos) << e.what();
  }
  EXPECT_EQ(dump_all(path_), before);
  EXPECT_FALSE(store_->get_state("test/justcall", "cursor").has_value());
}

INSTANTIATE_TEST_SUITE_P(
    ConnectorBugs, CommitUnitRejects,
    ::testing::Values(
        BadMetric{"ImpossibleDate", metric("ann", "phone_call_quantity", "2024-06-31", 1),
                  "date '2024-06-31'"},
        BadMetric{"DateNotIso", metric("ann", "phone_call_quantity", "06/02/2024", 1),
                  "YYYY-MM-DD day inside the window 2024-06-01..2024-06-03"},
        BadMetric{"DateAfterWindow", metric("ann", "phone_call_quantity", "2024-06-04", 1),
                  "inside the window 2024-06-01..2024-06-03"},
        BadMetric{"UncoveredUser", metric("bob", "phone_call_quantity", "2024-06-02", 1),
                  "user 'bob'"},
        BadMetric{"UndeclaredType", metric("ann", "email_quantity", "2024-06-02", 1),
                  "not among the unit's metric types (phone_call_quantity, talk_time_minutes)"},
        BadMetric{"NotFinite", metric("ann", "talk_time_minutes", "2024-06-03", std::nan("")),
                  "not a finite number"},
        BadMetric{"Duplicate", metric("ann", "phone_call_quantity", "2024-06-02", 1),
                  "emitted twice"}),
    [](const auto& p) { return std::string(p.param.name); });

TEST_F(CommitUnit, FailureInsideTheTransactionRollsEverythingBack) {
  // "u" + "x_y" and "u_x" + "y" produce the same id; the second insert fails in SQLite after
  // other rows of the unit were already written, which must all be undone.
  store_->commit_unit(unit_write("s", {"u_x"}, {"y"}, "2024-01-01", "2024-01-01",
                                 {metric("u_x", "y", "2024-01-01", 1)}, kT1));
  const auto before = dump_all(path_);
  auto w =
      unit_write("s", {"u"}, {"a", "x_y"}, "2024-01-01", "2024-01-01",
                 {metric("u", "a", "2024-01-01", 5), metric("u", "x_y", "2024-01-01", 2)}, kT2);
  w.state["cursor"] = "c2";

  EXPECT_THROW(store_->commit_unit(w), StoreError);
  EXPECT_EQ(dump_all(path_), before);

  // The connection is still usable afterwards.
  EXPECT_EQ(store_->commit_unit(three_days(kT2)).inserted, 4);
}

TEST_F(CommitUnit, StateCommitsWithTheDataAndAlone) {
  auto w = three_days(kT1);
  w.state = {{"cursor", "abc"}, {"page", "3"}};
  store_->commit_unit(w);
  EXPECT_EQ(store_->get_state("test/justcall", "cursor"), "abc");
  EXPECT_EQ(store_->get_state("test/justcall", "page"), "3");

  UnitWrite state_only;
  state_only.source = "justcall";
  state_only.state_scope = "test/justcall";
  state_only.state = {{"cursor", "def"}};
  state_only.now_unix = kT2;
  auto stats = store_->commit_unit(state_only);
  EXPECT_EQ(stats.inserted + stats.updated + stats.unchanged + stats.deleted, 0);
  EXPECT_EQ(store_->get_state("test/justcall", "cursor"), "def");
  EXPECT_EQ(store_->get_state("test/justcall", "page"), "3");
  EXPECT_EQ(store_->metrics({}).size(), 4u);
}

TEST_F(CommitUnit, CoveredUserWithNoMetricsLosesTheirWindow) {
  store_->commit_unit(three_days(kT1));
  auto w = three_days(kT2);
  w.metrics.clear();
  auto stats = store_->commit_unit(w);
  EXPECT_EQ(stats.deleted, 4);
  EXPECT_TRUE(store_->metrics({}).empty());
}

TEST_F(CommitUnit, MetricsFilterSelectsByEveryField) {
  store_->commit_unit(three_days(kT1));
  MetricFilter f;
  f.user_id = "ann";
  f.type = "phone_call_quantity";
  f.source = "justcall";
  f.from = "2024-06-02";
  f.to = "2024-06-03";
  auto rows = store_->metrics(f);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].date, "2024-06-02");
  EXPECT_EQ(rows[1].date, "2024-06-03");
  f.source = "copper";
  EXPECT_TRUE(store_->metrics(f).empty());
}

TEST_F(CommitUnit, MetricSumsCoverTheRangeForAllUsersOrOne) {
  store_->commit_unit(three_days(kT1));
  store_->commit_unit(unit_write("copper", {"bob"}, {"phone_call_quantity"}, "2024-06-01",
                                 "2024-06-03",
                                 {metric("bob", "phone_call_quantity", "2024-06-02", 6)}, kT1));
  auto all = store_->metric_sums("2024-06-02", "2024-06-03", std::nullopt);
  ASSERT_EQ(all.size(), 4u);  // ann: 2 types on 06-02, calls on 06-03; bob on 06-02
  double total = 0;
  for (const auto& s : all) total += s.value;
  EXPECT_DOUBLE_EQ(total, 7 + 12.5 + 2 + 6);

  auto bob = store_->metric_sums("2024-06-01", "2024-06-03", std::string("bob"));
  ASSERT_EQ(bob.size(), 1u);
  EXPECT_EQ(bob[0].source, "copper");
  EXPECT_EQ(bob[0].date, "2024-06-02");
  EXPECT_DOUBLE_EQ(bob[0].value, 6);
}

}  // namespace
}  // namespace tributary::host
