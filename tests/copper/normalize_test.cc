// Normalize from the recorded pages in plugins/copper/fixtures/. Every expected value below was
// worked out by hand from the scenario tables in plugins/copper/fixtures/README.md.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <optional>
#include <tuple>

#include "plugins/copper/copper_connector.h"
#include "tests/copper/copper_fixtures.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;
using testkit::edit_page;
using testkit::fixture_config;
using testkit::fixture_context;
using testkit::fixture_fetch_result;

using Row = std::tuple<std::string, std::string, std::string, double>;

std::vector<Row> rows(const sdk::NormalizeOutput& out) {
  std::vector<Row> r;
  for (const auto& m : out.metrics) r.emplace_back(m.user_id, m.type, m.date, m.value);
  std::sort(r.begin(), r.end());
  return r;
}

sdk::Result<sdk::NormalizeOutput> normalize_with(json::object config,
                                                 const sdk::FetchResult& fetched) {
  CopperConnector connector;
  return connector.normalize(fixture_context(std::move(config)), fetched);
}

sdk::NormalizeOutput normalized(json::object config = fixture_config()) {
  auto out = normalize_with(std::move(config), fixture_fetch_result());
  EXPECT_TRUE(out.ok()) << out.status().to_string();
  return out.ok() ? *out : sdk::NormalizeOutput{};
}

std::vector<Row> only(const std::vector<Row>& all, std::string_view type_prefix) {
  std::vector<Row> out;
  for (const auto& r : all) {
    if (std::get<1>(r).starts_with(type_prefix)) out.push_back(r);
  }
  return out;
}

json::object with(std::initializer_list<std::pair<std::string_view, json::value>> changes) {
  auto c = fixture_config();
  for (const auto& [k, v] : changes) c[k] = v;
  return c;
}

TEST(CopperNormalize, DefaultConfigGivesTheHandComputedDailyValues) {
  std::vector<Row> expected = {
      {"rep1", "email_quantity", "2024-11-01", 1},            // 101, 23:59:30 MDT
      {"rep1", "email_quantity", "2024-11-02", 2},            // 102 (once), 114
      {"rep1", "lead_progression_a", "2024-11-01", 1},        // 201: 7001 into Fact Finding
      {"rep1", "lead_progression_a", "2024-11-02", 1},        // 208: 7012 into Trade Show FF
      {"rep1", "lead_progression_b", "2024-11-02", 1},        // 202: 7001 into Contact Stage
      {"rep1", "new_sales_distribution", "2024-11-02", 200},  // 7005 199.99 + 7006 0.01
      {"rep1", "new_sales_wholesale", "2024-11-04", 12500.1}, // 207: 7004 into Payment Received
      {"rep1", "phone_call_quantity", "2024-11-03", 2},       // 107, 108 (01:30 twice)
      {"rep1", "phone_call_quantity", "2024-11-04", 1},       // 105, the window's last second
      {"rep2", "email_quantity", "2024-11-03", 1},            // 109, 23:30 MST
      {"rep2", "lead_progression_a", "2024-11-02", 1},        // 203 and 205: one entry a day
      {"rep2", "lead_progression_c", "2024-11-03", 1},        // 206: assignee rep2, moved by rep1
      {"rep2", "new_sales_wholesale", "2024-11-03", 13089.6}, // 7011, 23:30 MST
      {"rep2", "phone_call_quantity", "2024-11-01", 1},       // 103, the window's first second
      {"rep3", "phone_call_quantity", "2024-11-03", 1},       // 110, via the user_id override
  };
  EXPECT_EQ(rows(normalized()), expected);
}

TEST(CopperNormalize, CoversResolvedUsersAndNotesTheRepWithoutCopperAccount) {
  auto out = normalized();
  EXPECT_EQ(out.covered_users, (std::vector<std::string>{"rep1", "rep2", "rep3"}));
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_EQ(out.notes[0].user_id, "newhire");
  EXPECT_EQ(out.notes[0].status.kind(), sdk::FailureKind::kNotFound);
  EXPECT_NE(out.notes[0].status.message().find("newhire@example.com"), std::string::npos);
  for (const auto& m : out.metrics) EXPECT_NE(m.user_id, "newhire");
}

std::int64_t counter(const json::object& summary, std::string_view key) {
  const auto* v = summary.if_contains(key);
  return v && v->is_int64() ? v->get_int64() : -1;
}

TEST(CopperNormalize, CountsWhatItSkippedInTheSummary) {
  auto s = normalized().summary;
  EXPECT_EQ(counter(s, "activities_received"), 204);
  EXPECT_EQ(counter(s, "activities_duplicated"), 2);       // 102 and 115 appear on both pages
  EXPECT_EQ(counter(s, "activities_deleted"), 2);          // stubs 115 and 116
  EXPECT_EQ(counter(s, "activities_outside_window"), 2);   // 104 and 106
  EXPECT_EQ(counter(s, "activities_of_other_types"), 2);   // Note 111, disabled Phone Call Test 112
  EXPECT_EQ(counter(s, "emails_of_other_users"), 178);     // 177 filler + 117
  EXPECT_EQ(counter(s, "calls_of_other_users"), 1);        // 113
  EXPECT_EQ(counter(s, "stage_changes"), 8);
  EXPECT_EQ(counter(s, "won_sales"), 4);                   // 7004, 7005, 7006, 7011
  EXPECT_EQ(counter(s, "won_without_sale_type"), 1);       // 7007
  EXPECT_EQ(counter(s, "won_of_other_users"), 1);          // 7010
  EXPECT_EQ(counter(s, "won_close_date_differs"), 1);      // 7005 won 11-02, close_date 11/01
  EXPECT_EQ(counter(s, "users_covered"), 3);
  EXPECT_EQ(counter(s, "users_not_synced"), 1);
}

TEST(CopperNormalize, WonSalesAreExactToTheCentWithTheirOpportunities) {
  auto out = normalized();
  for (const auto& m : out.metrics) {
    if (m.type != "new_sales_distribution") continue;
    EXPECT_EQ(m.value, 200.0);  // not 199.99000000000001 + 0.01
    EXPECT_EQ(json::serialize(m.metadata.at("opportunity_ids")), "[7005,7006]");
    EXPECT_EQ(m.metadata.at("opportunities").as_int64(), 2);
  }
}

TEST(CopperNormalize, SenderAttributionCountsOnlyEmailsTheRepSent) {
  auto all = rows(normalized(with({{"email_attribution", "sender"}})));
  // Only 114 names a sender (REP2@example.com); the others carry no details.sender.
  EXPECT_EQ(only(all, "email"), (std::vector<Row>{{"rep2", "email_quantity", "2024-11-02", 1}}));
}

TEST(CopperNormalize, TalkTimeOnlyWhenTheAccountRecordsADuration) {
  EXPECT_TRUE(only(rows(normalized()), "talk").empty());
  auto out = normalized(with({{"talk_time_field", "duration_seconds"}}));
  EXPECT_EQ(only(rows(out), "talk"),
            (std::vector<Row>{{"rep1", "talk_time_minutes", "2024-11-03", 3.1}}));  // 186 s
  auto minutes = normalized(with({{"talk_time_field", "duration_seconds"}, {"talk_time_unit", "minutes"}}));
  EXPECT_EQ(only(rows(minutes), "talk"),
            (std::vector<Row>{{"rep1", "talk_time_minutes", "2024-11-03", 186}}));
}

TEST(CopperNormalize, ActorAttributionGivesTheStageChangeToWhoeverMovedIt) {
  auto leads = only(rows(normalized(with({{"stage_attribution", "actor"}}))), "lead");
  EXPECT_EQ(leads, (std::vector<Row>{{"rep1", "lead_progression_a", "2024-11-01", 1},
                                     {"rep1", "lead_progression_a", "2024-11-02", 1},
                                     {"rep1", "lead_progression_b", "2024-11-02", 1},
                                     {"rep1", "lead_progression_c", "2024-11-03", 1},
                                     {"rep2", "lead_progression_a", "2024-11-02", 1}}));
}

TEST(CopperNormalize, DateStageChangedModeCountsEachOpportunitysLatestEntry) {
  auto leads = only(rows(normalized(with({{"lead_progression_source", "date_stage_changed"}}))), "lead");
  EXPECT_EQ(leads, (std::vector<Row>{{"rep1", "lead_progression_a", "2024-11-02", 1},    // 7012
                                     {"rep1", "lead_progression_b", "2024-11-02", 1},    // 7001
                                     {"rep1", "lead_progression_c", "2024-11-01", 1},    // 7008
                                     {"rep2", "lead_progression_a", "2024-11-02", 1},    // 7002
                                     {"rep2", "lead_progression_c", "2024-11-03", 1}})); // 7003
}

TEST(CopperNormalize, PipelineFilterLeavesOtherPipelinesOut) {
  auto leads = only(rows(normalized(with({{"pipeline_ids", json::array{1084986}}}))), "lead");
  EXPECT_EQ(leads, (std::vector<Row>{{"rep1", "lead_progression_a", "2024-11-01", 1},
                                     {"rep1", "lead_progression_b", "2024-11-02", 1},
                                     {"rep2", "lead_progression_a", "2024-11-02", 1},
                                     {"rep2", "lead_progression_c", "2024-11-03", 1}}));
}

TEST(CopperNormalize, CloseDateModeDatesSalesByTheirCloseDate) {
  auto sales = only(rows(normalized(with({{"won_date", "close_date"}}))), "new_sales");
  EXPECT_EQ(sales, (std::vector<Row>{{"rep1", "new_sales_distribution", "2024-11-01", 199.99},
                                     {"rep1", "new_sales_distribution", "2024-11-02", 0.01},
                                     {"rep1", "new_sales_wholesale", "2024-11-04", 12500.1},
                                     {"rep2", "new_sales_wholesale", "2024-11-03", 13089.6}}));
  // Read day-first, 7009's "10/20/2024" has no month 20: the run fails rather than guess.
  auto day_first = normalize_with(with({{"won_date", "close_date"}, {"close_date_format", "DD/MM/YYYY"}}),
                                  fixture_fetch_result());
  ASSERT_FALSE(day_first.ok());
  EXPECT_EQ(day_first.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(day_first.status().message().find("opportunity 7009"), std::string::npos);
}

TEST(CopperNormalize, UnreadableCloseDateIsADataErrorNamingTheOpportunity) {
  auto fetched = fixture_fetch_result();
  edit_page(fetched, "opportunities", R"("close_date": "11/01/2024")", R"("close_date": "2024-11-01")");
  auto out = normalize_with(fixture_config(), fetched);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(out.status().message().find("opportunity 7005"), std::string::npos) << out.status().message();
  EXPECT_NE(out.status().message().find("MM/DD/YYYY"), std::string::npos);
}

TEST(CopperNormalize, SameInputSameOutput) {
  auto a = normalized();
  auto b = normalized();
  ASSERT_EQ(a.metrics.size(), b.metrics.size());
  for (std::size_t i = 0; i < a.metrics.size(); ++i) {
    EXPECT_EQ(a.metrics[i].user_id, b.metrics[i].user_id);
    EXPECT_EQ(a.metrics[i].type, b.metrics[i].type);
    EXPECT_EQ(a.metrics[i].date, b.metrics[i].date);
    EXPECT_EQ(a.metrics[i].value, b.metrics[i].value);
    EXPECT_EQ(json::serialize(a.metrics[i].metadata), json::serialize(b.metrics[i].metadata));
  }
  EXPECT_EQ(json::serialize(a.summary), json::serialize(b.summary));
}

TEST(CopperNormalize, UnknownActivityTypeNameIsAConfigErrorListingTheAccountsTypes) {
  auto out = normalize_with(with({{"phone_call_activity_types", json::array{"Phone Calls"}}}),
                            fixture_fetch_result());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(out.status().message().find("user:2160510 Phone Call"), std::string::npos)
      << out.status().message();
}

TEST(CopperNormalize, AUserFetchDidNotResolveIsAnInternalError) {
  auto fetched = fixture_fetch_result({});
  auto out = normalize_with(fixture_config(), fetched);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kInternal);
}

}  // namespace
}  // namespace tributary::copper
