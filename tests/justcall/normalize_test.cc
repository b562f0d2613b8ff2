// Expected values were worked out by hand from the fixtures (see docs/connectors/justcall.md for
// the table): June, agent on America/Los_Angeles (UTC-7), organisation on America/New_York
// (UTC-4), window 2024-06-03..2024-06-05.
#include "plugins/justcall/normalize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/serialize.hpp>

#include "tests/justcall/test_support.h"

namespace tributary::justcall {
namespace {

using namespace testing;

std::string call_json(const std::string& id, const std::string& user_date,
                      const std::string& user_time, const std::string& date,
                      const std::string& time, const std::string& direction = "Outgoing",
                      const std::string& type = "Answered", int agent = 4242) {
  return R"({"id":)" + id + R"(,"agent_id":)" + std::to_string(agent) + R"(,"call_date":)" + date +
         R"(,"call_time":)" + time + R"(,"call_user_date":)" + user_date + R"(,"call_user_time":)" +
         user_time + R"(,"call_info":{"direction":")" + direction + R"(","type":")" + type +
         R"("},"call_duration":{"total_duration":70,"conversation_time":60}})";
}

std::string q(const std::string& s) { return "\"" + s + "\""; }

TEST(JustCallNormalize, HandledCountsOutgoingAndAnsweredIncomingOnOrganisationDays) {
  auto out = normalize_calls(june_context("handled"), june_pages());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  // 06-03: 9001 (120 s), 9003 unanswered outgoing (0 s), 9007 (agent's 06-02 21:30 = NY 00:30).
  // 06-04: 9002 (agent's 06-03 22:30 = NY 01:30), missed 9004 and voicemail 9005 not counted.
  // 06-05: 9009 (UTC fields only, 30 s), 9010 answered incoming (200 s).
  expect_metrics(*out, {phone("2024-06-03", 3, 181, 3), talk("2024-06-03", 181),
                        phone("2024-06-04", 1, 300, 3), talk("2024-06-04", 300),
                        phone("2024-06-05", 2, 230, 2), talk("2024-06-05", 230)});
  EXPECT_DOUBLE_EQ(out->metrics[3].value, 5.0);
  EXPECT_EQ(out->covered_users, std::vector<std::string>{"u-derek"});
}

TEST(JustCallNormalize, AllCountsMissedAndVoicemailToo) {
  auto out = normalize_calls(june_context("all"), june_pages());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-03", 3, 181, 3), talk("2024-06-03", 181),
                        phone("2024-06-04", 3, 300, 3), talk("2024-06-04", 300),
                        phone("2024-06-05", 2, 230, 2), talk("2024-06-05", 230)});
}

TEST(JustCallNormalize, OutgoingRuleLeavesDaysWithOnlyIncomingCallsEmpty) {
  auto out = normalize_calls(june_context("outgoing"), june_pages());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-03", 3, 181, 3), talk("2024-06-03", 181),
                        phone("2024-06-05", 1, 30, 2), talk("2024-06-05", 30)});
}

TEST(JustCallNormalize, TotalDurationAddsRingAndWrapUpTime) {
  auto handled = normalize_calls(june_context("handled", "total_duration"), june_pages());
  ASSERT_TRUE(handled.ok()) << handled.status().to_string();
  expect_metrics(*handled, {phone("2024-06-03", 3, 230, 3), talk("2024-06-03", 230),
                            phone("2024-06-04", 1, 320, 3), talk("2024-06-04", 320),
                            phone("2024-06-05", 2, 257, 2), talk("2024-06-05", 257)});
  auto all = normalize_calls(june_context("all", "total_duration"), june_pages());
  ASSERT_TRUE(all.ok()) << all.status().to_string();
  expect_metrics(*all, {phone("2024-06-03", 3, 230, 3), talk("2024-06-03", 230),
                        phone("2024-06-04", 3, 395, 3), talk("2024-06-04", 395),
                        phone("2024-06-05", 2, 257, 2), talk("2024-06-05", 257)});
}

TEST(JustCallNormalize, SummaryCountsRowsDuplicatesAndWindow) {
  auto out = normalize_calls(june_context("handled"), june_pages());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_EQ(boost::json::serialize(out->summary),
            boost::json::serialize(boost::json::object{{"calls_fetched", 12},
                                                       {"pages", 2},
                                                       {"duplicates", 2},
                                                       {"calls_in_window", 8},
                                                       {"calls_counted", 6},
                                                       {"calls_other_agents", 0},
                                                       {"calls_dated_from_utc", 1}}));
}

TEST(JustCallNormalize, DuplicatesAcrossPagesAreCountedOnce) {
  // Page 1 repeats 9001 (counted) and 9005 (voicemail): with only page 0 the totals of
  // 06-03 lose 9007 but must not change because of the repeats.
  auto both = normalize_calls(june_context("all"), june_pages());
  auto twice = normalize_calls(june_context("all"), pages_of({fixture("calls-june-page-0.json"),
                                                              fixture("calls-june-page-1.json"),
                                                              fixture("calls-june-page-1.json")}));
  ASSERT_TRUE(both.ok() && twice.ok());
  ASSERT_EQ(both->metrics.size(), twice->metrics.size());
  for (std::size_t i = 0; i < both->metrics.size(); ++i) {
    EXPECT_EQ(both->metrics[i].value, twice->metrics[i].value);
  }
  EXPECT_EQ(twice->summary.at("duplicates").as_int64(), 8);
}

TEST(JustCallNormalize, DaylightSavingDayUsesTheOffsetInForceAtEachCall) {
  // 2024-03-10: both zones spring forward. Counted for NY 03-10: 7001 (LA 03-09 23:30 PST =
  // NY 03:30 EDT), 7003, 7004, 7005 (LA 20:59:59 PDT = NY 23:59:59). Not: 7002 (NY 03-09
  // 23:30 EST) and 7006 (LA 21:00 PDT = NY 03-11 00:00).
  auto ctx = june_context();
  ctx.window = ny_window("2024-03-10", "2024-03-10");
  auto out = normalize_calls(ctx, pages_of({fixture("calls-dst-page-0.json")}));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-03-10", 4, 330, 4), talk("2024-03-10", 330)});
  EXPECT_DOUBLE_EQ(out->metrics[1].value, 5.5);
}

TEST(JustCallNormalize, AgentAheadOfTheOrganisationLandsOnTheEarlierDay) {
  // London 2024-06-04 02:00 BST is 01:00Z, New York 2024-06-03 21:00.
  auto ctx = june_context();
  ctx.window = ny_window("2024-06-03", "2024-06-03");
  auto page =
      page_with({call_json("1", q("2024-06-04"), q("02:00:00"), q("2024-06-04"), q("01:00:00"))});
  auto out = normalize_calls(ctx, pages_of({page}, "Europe/London"));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-03", 1, 60, 1), talk("2024-06-03", 60)});
}

TEST(JustCallNormalize, PrefersTheAgentClockOverTheUtcPair) {
  // The two pairs disagree on purpose: the agent clock says NY 06-04, the UTC pair NY 06-03.
  auto ctx = june_context();
  auto page =
      page_with({call_json("2", q("2024-06-04"), q("09:00:00"), q("2024-06-03"), q("16:00:00"))});
  auto out = normalize_calls(ctx, pages_of({page}));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-04", 1, 60, 1), talk("2024-06-04", 60)});
}

TEST(JustCallNormalize, UnknownAgentZoneFallsBackToUtcFieldsAndGivesTheSameDays) {
  auto with_zone = normalize_calls(june_context(), june_pages());
  auto without = normalize_calls(
      june_context(),
      pages_of({fixture("calls-june-page-0.json"), fixture("calls-june-page-1.json")}, ""));
  auto bogus = normalize_calls(june_context(), pages_of({fixture("calls-june-page-0.json"),
                                                         fixture("calls-june-page-1.json")},
                                                        "Mars/Olympus_Mons"));
  ASSERT_TRUE(with_zone.ok() && without.ok() && bogus.ok());
  for (const auto* other : {&*without, &*bogus}) {
    ASSERT_EQ(other->metrics.size(), with_zone->metrics.size());
    for (std::size_t i = 0; i < other->metrics.size(); ++i) {
      EXPECT_EQ(other->metrics[i].date, with_zone->metrics[i].date);
      EXPECT_EQ(other->metrics[i].value, with_zone->metrics[i].value);
    }
    EXPECT_EQ(other->summary.at("calls_dated_from_utc").as_int64(), 8);
  }
  EXPECT_EQ(bogus->summary.at("agent_timezone_ignored").as_string(), "Mars/Olympus_Mons");
}

TEST(JustCallNormalize, CallOutsideTheWindowIsDropped) {
  // 9006 is the agent's 06-05 but New York's 06-06; 9008 the agent's 06-02 = NY 06-02 23:00.
  auto ctx = june_context("all", "total_duration");
  ctx.window = ny_window("2024-06-05", "2024-06-05");
  auto out = normalize_calls(ctx, june_pages());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-05", 2, 257, 2), talk("2024-06-05", 257)});
  EXPECT_EQ(out->summary.at("calls_in_window").as_int64(), 2);
}

TEST(JustCallNormalize, AnotherAgentsCallIsNeverAttributedToTheUser) {
  auto page = page_with({call_json("3", q("2024-06-04"), q("09:00:00"), q("2024-06-04"),
                                   q("16:00:00"), "Outgoing", "Answered", 999)});
  auto out = normalize_calls(june_context(), pages_of({page}));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_TRUE(out->metrics.empty());
  EXPECT_EQ(out->summary.at("calls_other_agents").as_int64(), 1);
}

TEST(JustCallNormalize, NoCallsStillCoversTheUserSoStaleDaysAreCleared) {
  auto out = normalize_calls(june_context(), pages_of({page_with({})}));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_TRUE(out->metrics.empty());
  EXPECT_EQ(out->covered_users, std::vector<std::string>{"u-derek"});
}

TEST(JustCallNormalize, ZeroSecondsStillWritesTheTalkDay) {
  auto page = R"({"status":"success","data":[{"id":5,"agent_id":4242,"call_date":"2024-06-04",)"
              R"("call_time":"16:00:00","call_user_date":"2024-06-04","call_user_time":"09:00:00",)"
              R"("call_info":{"direction":"Outgoing","type":"Unanswered"},)"
              R"("call_duration":{"total_duration":20,"conversation_time":0}}]})";
  auto out = normalize_calls(june_context(), pages_of({page}));
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-04", 1, 0, 1), talk("2024-06-04", 0)});
}

TEST(JustCallNormalize, MalformedPageIsADataErrorWithTheByteOffset) {
  // Offset 36 is the '}' that follows "1," — counted by hand.
  auto out =
      normalize_calls(june_context(), pages_of({R"({"status":"success","data":[{"id":1,}]})"}));
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(out.status().message().find("calls page 0"), std::string::npos);
  EXPECT_NE(out.status().message().find("at byte 36"), std::string::npos) << out.status().message();

  auto truncated = fixture("calls-june-page-0.json").substr(0, 100);
  auto cut =
      normalize_calls(june_context(), pages_of({fixture("calls-june-page-1.json"), truncated}));
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(cut.status().message().find("calls page 1"), std::string::npos);
  EXPECT_NE(cut.status().message().find("at byte 100 of 100"), std::string::npos)
      << cut.status().message();
}

TEST(JustCallNormalize, GarbageDateIsADataErrorNamingTheCall) {
  auto bad_local = page_with(
      {call_json("31337", q("2024-02-30"), q("10:00:00"), q("2024-02-30"), q("18:00:00"))});
  auto out = normalize_calls(june_context(), pages_of({page_with({}), bad_local}));
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(out.status().message().find("call 31337"), std::string::npos) << out.status().message();
  EXPECT_NE(out.status().message().find("2024-02-30"), std::string::npos);

  auto bad_utc = page_with({call_json("31338", "null", "null", q("yesterday"), q("18:00:00"))});
  auto utc = normalize_calls(june_context(), pages_of({bad_utc}));
  ASSERT_FALSE(utc.ok());
  EXPECT_EQ(utc.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(utc.status().message().find("call 31338"), std::string::npos) << utc.status().message();
}

TEST(JustCallNormalize, UnknownOrganisationZoneIsAConfigError) {
  auto ctx = june_context();
  ctx.org.timezone = "Eastern";
  auto out = normalize_calls(ctx, june_pages());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(out.status().message().find("'Eastern'"), std::string::npos);
}

TEST(JustCallNormalize, SameInputGivesIdenticalOutputInAnyPageOrder) {
  auto render = [](const sdk::NormalizeOutput& o) {
    std::string text;
    for (const auto& m : o.metrics)
      text += m.user_id + "|" + m.type + "|" + m.date + "|" + std::to_string(m.value) + "|" +
              boost::json::serialize(m.metadata) + "\n";
    return text + boost::json::serialize(o.summary);
  };
  auto first = normalize_calls(june_context(), june_pages());
  auto second = normalize_calls(june_context(), june_pages());
  auto reversed_pages = june_pages();
  std::reverse(reversed_pages.pages.begin(), reversed_pages.pages.end());
  auto reversed = normalize_calls(june_context(), reversed_pages);
  ASSERT_TRUE(first.ok() && second.ok() && reversed.ok());
  EXPECT_EQ(render(*first), render(*second));
  ASSERT_EQ(first->metrics.size(), reversed->metrics.size());
  for (std::size_t i = 0; i < first->metrics.size(); ++i) {
    EXPECT_EQ(first->metrics[i].date, reversed->metrics[i].date);
    EXPECT_EQ(first->metrics[i].value, reversed->metrics[i].value);
    EXPECT_EQ(boost::json::serialize(first->metrics[i].metadata),
              boost::json::serialize(reversed->metrics[i].metadata));
  }
}

TEST(JustCallNormalize, PagesOfOtherStreamsAreIgnored) {
  auto fetched = june_pages();
  fetched.pages.push_back({"users", "not even json", {}});
  auto out = normalize_calls(june_context(), fetched);
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_EQ(out->summary.at("pages").as_int64(), 2);
}

}  // namespace
}  // namespace tributary::justcall
