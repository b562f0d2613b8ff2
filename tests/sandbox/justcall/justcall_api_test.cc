#include "tests/sandbox/justcall/justcall_api.h"

#include <set>

#include <gtest/gtest.h>

#include "tests/sandbox/testing/follow_pages.h"
#include "tests/sandbox/testing/http_client.h"
#include "tests/sandbox/testing/justcall_fixture.h"

namespace tributary::sandbox::justcall {
namespace {

using testing::follow_pages;
using testing::HttpClient;
using testing::kJustCallAuth;

std::string text(const boost::json::value& value) { return std::string(value.as_string()); }

std::string november_2024(int day) { return (day < 10 ? "2024-11-0" : "2024-11-") + std::to_string(day); }

class JustCallApiTest : public testing::JustCallServerTest {};

TEST_F(JustCallApiTest, AcceptsBothAuthFormsAndRejectsOthers) {
  auto users = url("/justcall/v2.1/users");
  EXPECT_EQ(client_.get(users, {"Authorization: demo-key:demo-secret"}).status, 200);
  EXPECT_EQ(client_.get(users, {"Authorization: Basic ZGVtby1rZXk6ZGVtby1zZWNyZXQ="}).status, 200);
  for (const auto& header : {std::string("Authorization: demo-key:nope"), std::string("Authorization: Bearer x"),
                             std::string("X-Nothing: 1")}) {
    auto refused = client_.get(users, {header});
    EXPECT_EQ(refused.status, 401) << header;
    EXPECT_EQ(refused.json().at("status"), "error") << header;
    EXPECT_FALSE(text(refused.json().at("message")).empty());
  }
}

TEST_F(JustCallApiTest, UsersPageThroughEveryAgentIncludingTheGhost) {
  auto paged = follow_pages(client_, url("/justcall/v2.1/users?per_page=2"));
  ASSERT_EQ(paged.items.size(), 5u) << "4 reps and the ghost";
  EXPECT_EQ(paged.pages, 3);
  EXPECT_EQ(paged.total_count, 5);
  EXPECT_EQ(paged.items[0].at("id"), 1001);
  EXPECT_EQ(paged.items[1].at("email"), "Rep2@Example.com");
  EXPECT_EQ(paged.items[2].at("timezone"), "America/Los_Angeles");
  EXPECT_EQ(paged.items[4].at("email"), "ghost@example.com");

  auto first = client_.get(url("/justcall/v2.1/users"), kJustCallAuth).json();
  EXPECT_EQ(first.at("per_page"), 50) << "users default to 50 per page";
  EXPECT_EQ(first.at("current_page"), 0);
  EXPECT_TRUE(first.at("next_page_link").is_null());
  EXPECT_TRUE(first.at("prev_page_link").is_null());
}

TEST_F(JustCallApiTest, CallsPagingYieldsEveryCallExactlyOnceNewestFirst) {
  auto paged = follow_pages(client_, url("/justcall/v2.1/calls?per_page=100"));
  auto all = testing::justcall_of(*server_).store().select({}, true);
  ASSERT_EQ(paged.items.size(), all.size());
  EXPECT_EQ(paged.total_count, static_cast<std::int64_t>(all.size()));
  EXPECT_GT(paged.pages, 5);
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < paged.items.size(); ++i) {
    auto id = paged.items[i].at("id").as_int64();
    EXPECT_TRUE(seen.insert(id).second) << "id " << id << " served twice";
    EXPECT_EQ(id, all[i]->id) << "page order must be id descending";
  }
}

TEST_F(JustCallApiTest, PageLinksKeepTheQueryAndPrevPointsBack) {
  auto second = client_.get(url("/justcall/v2.1/calls?agent_id=1001&per_page=5&page=1&from_datetime=2024-11-01+00:00:00"),
                            kJustCallAuth).json();
  EXPECT_EQ(second.at("count"), 5);
  EXPECT_EQ(second.at("current_page"), 1);
  auto next = text(second.at("next_page_link"));
  EXPECT_TRUE(next.starts_with(server_->base_url() + "/justcall/v2.1/calls?")) << next;
  EXPECT_NE(next.find("agent_id=1001"), std::string::npos) << next;
  EXPECT_NE(next.find("from_datetime=2024-11-01%2000:00:00"), std::string::npos) << next;
  EXPECT_NE(next.find("page=2"), std::string::npos) << next;
  EXPECT_NE(text(second.at("prev_page_link")).find("page=0"), std::string::npos);
}

TEST_F(JustCallApiTest, RejectsPerPageOverOneHundredWithAnErrorBody) {
  auto refused = client_.get(url("/justcall/v2.1/calls?per_page=101"), kJustCallAuth);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json().at("status"), "error");
  EXPECT_NE(text(refused.json().at("message")).find("per_page"), std::string::npos) << refused.body;
  EXPECT_EQ(client_.get(url("/justcall/v2.1/calls?from_datetime=yesterday"), kJustCallAuth).status, 400);
  EXPECT_EQ(client_.get(url("/justcall/v2.1/calls?order=sideways"), kJustCallAuth).status, 400);
  EXPECT_EQ(client_.get(url("/justcall/v2.1/calls"), kJustCallAuth).json().at("per_page"), 20);
  EXPECT_EQ(client_.get(url("/justcall/v2.1/nothing"), kJustCallAuth).status, 404);
}

// Agent 1003 is in Los Angeles: a call at 17:00 or later local is on the next UTC date, so a
// filter read as UTC would both drop and add calls.
TEST_F(JustCallApiTest, FromToFilterReadsTheAgentsWallClock) {
  auto everything = follow_pages(client_, url("/justcall/v2.1/calls?agent_id=1003&per_page=100"));
  int days_checked = 0;
  for (int d = 5; d <= 20; ++d) {
    std::string day = november_2024(d);
    std::size_t local_count = 0;
    bool crosses_utc_date = false;
    for (const auto& call : everything.items) {
      if (call.at("call_user_date") != day.c_str()) continue;
      ++local_count;
      crosses_utc_date |= call.at("call_date") != day.c_str();
    }
    if (!crosses_utc_date) continue;
    ++days_checked;
    auto filtered = follow_pages(client_, url("/justcall/v2.1/calls?agent_id=1003&per_page=100&from_datetime=" + day +
                                              "+00:00:00&to_datetime=" + day + "+23:59:59"));
    EXPECT_EQ(filtered.items.size(), local_count) << day;
    for (const auto& call : filtered.items) EXPECT_EQ(call.at("call_user_date"), day.c_str()) << day;
    auto date_only = follow_pages(client_, url("/justcall/v2.1/calls?agent_id=1003&per_page=100&from_datetime=" +
                                               day + "&to_datetime=" + day));
    EXPECT_EQ(date_only.items.size(), local_count) << "a bare to_datetime date means the whole day";
  }
  EXPECT_GT(days_checked, 3) << "the data must have late-evening calls that cross the UTC date";
}

TEST_F(JustCallApiTest, RateLimitAnswers429WithTheQuotaHeaders) {
  auto config = testing::justcall_test_config();
  config.justcall.rate_limit = 3;
  config.justcall.burst_limit = 50;
  auto limited = testing::start_sandbox(config);
  auto users = limited->base_url() + "/justcall/v2.1/users";
  for (int i = 0; i < 3; ++i) {
    auto ok = client_.get(users, kJustCallAuth);
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(ok.header("x-rate-limit-remaining"), std::to_string(2 - i));
    EXPECT_EQ(ok.header("x-rate-limit-burst-remaining"), std::to_string(49 - i));
  }
  auto refused = client_.get(users, kJustCallAuth);
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(refused.body, R"({"status":"error","message":"Too many requests"})");
  EXPECT_EQ(refused.header("x-rate-limit-limit"), "3");
  EXPECT_EQ(refused.header("x-rate-limit-remaining"), "0");
  EXPECT_EQ(refused.header("x-rate-limit-burst-limit"), "50");
  auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
  auto reset = std::stoll(refused.header("x-rate-limit-reset"));
  EXPECT_GT(reset, now.count());
  EXPECT_LE(reset, now.count() + 3601) << "the hourly window opened during this test";
  EXPECT_FALSE(refused.header("x-rate-limit-burst-reset").empty());
}

TEST_F(JustCallApiTest, BurstLimitAnswers429BeforeTheHourlyBudgetIsSpent) {
  auto config = testing::justcall_test_config();
  config.justcall.burst_limit = 2;
  auto limited = testing::start_sandbox(config);
  auto users = limited->base_url() + "/justcall/v2.1/users";
  client_.get(users, kJustCallAuth);
  client_.get(users, kJustCallAuth);
  auto refused = client_.get(users, kJustCallAuth);
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(refused.header("x-rate-limit-burst-remaining"), "0");
  EXPECT_EQ(refused.header("x-rate-limit-remaining"), "99998");
}

TEST_F(JustCallApiTest, HideCallsEmptiesThatAgentDayUntilUnhidden) {
  auto day_url = [&](int day) {
    return url("/justcall/v2.1/calls?agent_id=1002&from_datetime=" + november_2024(day) +
               "&to_datetime=" + november_2024(day));
  };
  auto total = [&](int day) { return client_.get(day_url(day), kJustCallAuth).json().at("total_count").as_int64(); };
  int day = 5;
  while (day < 20 && total(day) == 0) ++day;
  auto before = total(day);
  ASSERT_GT(before, 0) << "agent 1002 needs a day with calls in 2024-11-05..19";
  auto next_day_before = total(day + 1);

  auto hidden = client_.post(url("/_sandbox/justcall/hide-calls?agent_id=1002&date=" + november_2024(day)));
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_EQ(hidden.json().at("calls_hidden"), before);
  EXPECT_EQ(total(day), 0);
  EXPECT_EQ(total(day + 1), next_day_before) << "only that day is hidden";

  ASSERT_EQ(client_.post(url("/_sandbox/justcall/unhide-calls")).status, 200);
  EXPECT_EQ(total(day), before);
  EXPECT_EQ(client_.post(url("/_sandbox/justcall/hide-calls?agent_id=42&date=2024-11-12")).status, 400);
  EXPECT_EQ(client_.post(url("/_sandbox/justcall/hide-calls?agent_id=1002")).status, 400);
}

TEST_F(JustCallApiTest, CallObjectsCarryTheDocumentedFields) {
  auto page = client_.get(url("/justcall/v2.1/calls?per_page=1"), kJustCallAuth).json();
  const auto& call = page.at("data").as_array().at(0).as_object();
  for (const char* field : {"id", "call_sid", "contact_number", "contact_name", "contact_email", "justcall_number",
                            "justcall_line_name", "agent_id", "agent_name", "agent_email", "agent_active",
                            "call_date", "call_time", "call_user_date", "call_user_time", "cost_incurred",
                            "call_info", "call_duration", "queue", "queue_callback", "ivr_info", "justcall_ai"}) {
    EXPECT_TRUE(call.contains(field)) << field;
  }
  const auto& duration = call.at("call_duration").as_object();
  EXPECT_EQ(duration.at("total_duration").as_int64(), duration.at("ring_time").as_int64() +
                                                          duration.at("conversation_time").as_int64() +
                                                          duration.at("hold_time").as_int64());
}

}  // namespace
}  // namespace tributary::sandbox::justcall
