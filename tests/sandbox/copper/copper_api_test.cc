#include "tests/sandbox/copper/copper_api.h"

#include <set>

#include <boost/json.hpp>

#include <gtest/gtest.h>

#include "tests/sandbox/copper/copper_fixture.h"
#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/justcall/call_generator.h"

namespace tributary::sandbox::copper {
namespace {

namespace json = boost::json;
using testkit::kCopperHeaders;

class CopperApiTest : public testkit::CopperServerTest {};

std::int64_t unix_at(int y, unsigned m, unsigned d) {
  // Midnight America/Denver of that date.
  auto zone = date::locate_zone("America/Denver");
  auto t = zone->to_sys(date::local_days{date::year{y} / date::month{m} / date::day{d}}, date::choose::earliest);
  return date::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

TEST_F(CopperApiTest, RefusesRequestsWithoutTheFourHeaders) {
  EXPECT_EQ(client_.get(api("/activity_types"), kCopperHeaders).status, 200);
  for (std::size_t drop = 0; drop < 3; ++drop) {
    auto headers = kCopperHeaders;
    headers[drop] += "-wrong";
    auto refused = client_.get(api("/activity_types"), headers);
    EXPECT_EQ(refused.status, 401) << headers[drop];
    EXPECT_FALSE(refused.json().at("message").as_string().empty());
  }
  auto lower_email = kCopperHeaders;
  lower_email[2] = "X-PW-UserEmail: OWNER@example.com";
  EXPECT_EQ(client_.get(api("/activity_types"), lower_email).status, 200) << "emails match in any case";
  EXPECT_EQ(client_.request("POST", api("/users/search"), {kCopperHeaders[0], kCopperHeaders[1], kCopperHeaders[2]},
                            "{}").status, 400) << "a POST body without Content-Type: application/json";
}

TEST_F(CopperApiTest, ActivityTypesAreGroupedByCategory) {
  auto types = client_.get(api("/activity_types"), kCopperHeaders).json();
  ASSERT_TRUE(types.at("user").is_array());
  ASSERT_TRUE(types.at("system").is_array());
  bool phone = false;
  for (const auto& t : types.at("user").as_array()) phone |= t.at("name") == "Phone Call" && t.at("id") == kPhoneCallType;
  EXPECT_TRUE(phone);
  auto stages = client_.get(api("/pipeline_stages"), kCopperHeaders).json();
  EXPECT_EQ(stages.as_array().size(), 7u);
  auto pipelines = client_.get(api("/pipelines"), kCopperHeaders).json();
  EXPECT_EQ(pipelines.at(0).at("stages").as_array().size(), 5u);
}

TEST_F(CopperApiTest, SearchesPageBareArraysWithTheTotalInAHeader) {
  auto body = [](int page) {
    return R"({"minimum_activity_date":)" + std::to_string(unix_at(2024, 11, 1)) +
           R"(,"maximum_activity_date":)" + std::to_string(unix_at(2024, 11, 15) - 1) +
           R"(,"page_size":200,"page_number":)" + std::to_string(page) + "}";
  };
  std::set<std::int64_t> ids;
  std::size_t total = 0;
  int full_pages = 0;
  for (int page = 1;; ++page) {
    auto r = search("/activities/search", body(page));
    ASSERT_EQ(r.status, 200) << r.body;
    total = std::stoul(r.header("x-pw-total"));
    auto records = r.json().as_array();
    for (const auto& a : records) EXPECT_TRUE(ids.insert(a.at("id").as_int64()).second);
    if (records.size() < 200) break;
    ++full_pages;
  }
  EXPECT_GE(full_pages, 2) << "the window must span pages of exactly 200";
  EXPECT_EQ(ids.size(), total);
  EXPECT_EQ(search("/activities/search", R"({"page_size":201})").status, 422);
}

TEST_F(CopperApiTest, DeletedActivitiesComeBackAsStubs) {
  auto r = search("/activities/search",
                  R"({"activity_types":[{"id":2160510,"category":"user"}],"page_size":200,"minimum_activity_date":)" +
                      std::to_string(unix_at(2024, 10, 20)) + "}");
  int stubs = 0;
  auto records = r.json();
  for (const auto& a : records.as_array()) {
    if (a.as_object().contains("is_deleted")) {
      ++stubs;
      EXPECT_EQ(a.as_object().size(), 2u) << json::serialize(a);
    }
  }
  EXPECT_GT(stubs, 0);
}

TEST_F(CopperApiTest, OpportunitiesCarryLocaleCloseDatesAndTheSaleTypeField) {
  auto r = search("/opportunities/search", R"({"page_size":200,"status_ids":[1]})");
  ASSERT_EQ(r.status, 200);
  auto won = r.json().as_array();
  ASSERT_FALSE(won.empty());
  for (const auto& o : won) {
    EXPECT_EQ(o.at("status"), "Won");
    EXPECT_EQ(o.at("pipeline_stage_id"), kStagePaymentReceived);
    auto close = std::string(o.at("close_date").as_string());
    EXPECT_TRUE(close.size() == 10 && close[2] == '/' && close[5] == '/') << close;
    EXPECT_EQ(o.at("custom_fields").at(0).at("custom_field_definition_id"), kSaleTypeField);
  }
}

TEST_F(CopperApiTest, AboutHalfOfEachRepsJustCallCallsAreAlsoCopperActivities) {
  auto dataset = testkit::copper_test_dataset();
  std::set<std::int64_t> justcall_starts;
  for (const auto& call : justcall::generate_calls(justcall::make_agents(dataset.users), dataset))
    justcall_starts.insert(call.start.time_since_epoch().count());
  int copies = 0;
  for (const auto& a : copper().data().activities()) {
    if (!a.from_justcall) continue;
    ++copies;
    EXPECT_TRUE(justcall_starts.count(a.at.time_since_epoch().count()));
  }
  EXPECT_GT(copies, static_cast<int>(justcall_starts.size()) / 4);
  EXPECT_LT(copies, static_cast<int>(justcall_starts.size()) * 3 / 4);
}

TEST_F(CopperApiTest, ActivitiesSitNearMidnightAndNearTheDstChange) {
  auto zone = copper().data().zone();
  auto change = date::floor<std::chrono::seconds>(
      zone->to_sys(date::local_days{date::year{2024} / date::November / 3} + std::chrono::hours{2},
                   date::choose::earliest));
  int near_midnight = 0, near_change = 0;
  for (const auto& a : copper().data().activities()) {
    auto local = zone->to_local(a.at);
    auto since_midnight = local - date::floor<date::days>(local);
    if (since_midnight < std::chrono::minutes{15} || since_midnight > std::chrono::hours{24} - std::chrono::minutes{15})
      ++near_midnight;
    if (std::chrono::abs(a.at - change) <= std::chrono::minutes{90}) ++near_change;
  }
  EXPECT_GT(near_midnight, 20);
  EXPECT_GT(near_change, 0);
}

class CopperRateLimitTest : public testkit::CopperServerTest {
  void SetUp() override {
    auto settings = testkit::copper_test_settings();
    settings.rate_limit = 3;
    start(settings);
  }
};

TEST_F(CopperRateLimitTest, PastTheBudgetAnswers429WithAMessage) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(client_.get(api("/activity_types"), kCopperHeaders).status, 200);
  auto refused = client_.get(api("/activity_types"), kCopperHeaders);
  EXPECT_EQ(refused.status, 429);
  EXPECT_FALSE(refused.json().at("message").as_string().empty());
}

}  // namespace
}  // namespace tributary::sandbox::copper
