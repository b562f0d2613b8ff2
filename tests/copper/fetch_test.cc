// fetch (and check) against an in-process Copper that serves the fixture pages.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/copper/copper_connector.h"
#include "tests/copper/copper_fixtures.h"
#include "tests/copper/fake_host.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;
using namespace testkit;

struct FetchRun {
  FakeHost host;
  sdk::FetchContext ctx = fixture_context();

  FetchRun() {
    host.http_.handler = FixtureCopper{};
    ctx.host = &host;
  }
  sdk::Result<sdk::FetchResult> fetch() { return CopperConnector{}.fetch(ctx); }
  std::vector<sdk::HttpRequest> requests_to(std::string_view path) {
    std::vector<sdk::HttpRequest> out;
    for (const auto& r : host.http_.requests) {
      if (path_of(r) == path) out.push_back(r);
    }
    return out;
  }
};

std::string header(const sdk::HttpRequest& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "<absent>";
}

TEST(CopperFetch, SendsCoppersFourHeadersOnEveryRequest) {
  FetchRun run;
  ASSERT_TRUE(run.fetch().ok());
  ASSERT_FALSE(run.host.http_.requests.empty());
  for (const auto& r : run.host.http_.requests) {
    EXPECT_EQ(header(r, "X-PW-AccessToken"), "fixture-key-0123456789") << r.url;
    EXPECT_EQ(header(r, "X-PW-Application"), "developer_api") << r.url;
    EXPECT_EQ(header(r, "X-PW-UserEmail"), "owner@example.com") << r.url;
    EXPECT_EQ(header(r, "Content-Type"), "application/json") << r.url;
    EXPECT_TRUE(r.url.starts_with("https://api.copper.com/developer_api/v1/")) << r.url;
  }
}

TEST(CopperFetch, FollowsAPageOfExactly200AndStopsAtTheShortPage) {
  FetchRun run;
  ASSERT_TRUE(run.fetch().ok());
  auto searches = run.requests_to("/activities/search");
  ASSERT_EQ(searches.size(), 2u);  // page 1 has 200 records, page 2 has 4
  for (std::size_t i = 0; i < searches.size(); ++i) {
    EXPECT_EQ(searches[i].method, "POST");
    auto body = json::parse(searches[i].body);
    EXPECT_EQ(sdk::get_int(body, "page_number"), static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(sdk::get_int(body, "page_size"), 200);
  }
}

TEST(CopperFetch, ALastPageOfExactly200IsFollowedByAnEmptyOne) {
  FetchRun run;
  run.host.http_.handler = [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (path_of(r) == "/activities/search" && page_number_of(r) == 2)
      return sdk::HttpResponse{200, {}, "[]", r.url};
    return FixtureCopper{}(r);
  };
  auto fetched = run.fetch();
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(run.requests_to("/activities/search").size(), 2u);  // 200, then [] ends it
}

TEST(CopperFetch, SearchesActivitiesOnceForTheWholeWindowPaddedByADay) {
  FetchRun run;
  ASSERT_TRUE(run.fetch().ok());
  auto body = json::parse(run.requests_to("/activities/search").front().body);
  EXPECT_EQ(json::serialize(body.at("activity_types")),
            R"([{"id":3,"category":"system"},{"id":6,"category":"system"},)"
            R"({"id":2160510,"category":"user"}])");
  EXPECT_EQ(sdk::get_int(body, "minimum_activity_date"), 1730440800 - 86400);
  EXPECT_EQ(sdk::get_int(body, "maximum_activity_date"), 1730790000 - 1 + 86400);
}

TEST(CopperFetch, ReadsTheUserDirectoryOnceAndThenFromTheCache) {
  tributary::testing::MapCache shared;
  FetchRun first;
  first.host.shared_cache = &shared;
  ASSERT_TRUE(first.fetch().ok());
  EXPECT_EQ(first.requests_to("/users/search").size(), 1u);
  EXPECT_EQ(shared.ttls["users_by_email"], std::chrono::hours{24});

  FetchRun second;
  second.host.shared_cache = &shared;
  auto fetched = second.fetch();
  ASSERT_TRUE(fetched.ok());
  EXPECT_TRUE(second.requests_to("/users/search").empty());
  EXPECT_EQ(json::serialize(fetched->context.at("users").at("rep2")),
            R"({"copper_user_id":1002,"copper_email":"rep2@example.com","via":"directory"})");
}

TEST(CopperFetch, NeedsNoDirectoryWhenEveryUserHasAnOverride) {
  FetchRun run;
  run.ctx.users = {{"rep3", "rep.three@example.org", "Rep Three", {{"user_id", "1003"}}}};
  ASSERT_TRUE(run.fetch().ok());
  EXPECT_TRUE(run.requests_to("/users/search").empty());
}

TEST(CopperFetch, FetchesAnOpportunityAStageChangeNamesThatTheWindowSearchMissed) {
  FetchRun run;
  FixtureCopper copper;
  auto line = copper.opportunities_page.find("{\"id\": 7012");
  ASSERT_NE(line, std::string::npos);
  copper.opportunities_page.erase(line - 2, copper.opportunities_page.find('\n', line) - line + 2);
  run.host.http_.handler = copper;
  ASSERT_TRUE(run.fetch().ok());
  auto searches = run.requests_to("/opportunities/search");
  ASSERT_EQ(searches.size(), 2u);
  auto by_ids = json::parse(searches[1].body);
  EXPECT_EQ(json::serialize(by_ids.at("ids")), "[7012]");
}

TEST(CopperFetch, RejectedCredentialsAreAnAuthFailureNamingTheHeadersNotTheKey) {
  FetchRun run;
  run.host.http_.handler = [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    return sdk::HttpResponse{401, {}, R"({"message":"Invalid credentials"})", r.url};
  };
  auto fetched = run.fetch();
  ASSERT_FALSE(fetched.ok());
  const auto& s = fetched.status();
  EXPECT_EQ(s.kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(s.message().find("X-PW-AccessToken"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("X-PW-UserEmail"), std::string::npos);
  EXPECT_EQ(s.message().find("fixture-key-0123456789"), std::string::npos);
}

TEST(CopperFetch, ARateLimitTheHostCouldNotRetryAwayIsRateLimited) {
  FetchRun run;
  run.host.http_.handler = [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (path_of(r) == "/activities/search")
      return sdk::HttpResponse{429, {{"Retry-After", "7"}}, R"({"message":"Rate limit exceeded"})", r.url};
    return FixtureCopper{}(r);
  };
  auto fetched = run.fetch();
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kRateLimited);
  EXPECT_EQ(fetched.status().retry_after(), std::chrono::seconds{7});
}

TEST(CopperFetch, ASearchAnswerThatIsNotAnArrayIsADataError) {
  FetchRun run;
  run.host.http_.handler = [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (path_of(r) == "/activities/search")
      return sdk::HttpResponse{200, {}, R"({"activities":[]})", r.url};
    return FixtureCopper{}(r);
  };
  auto fetched = run.fetch();
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(fetched.status().message().find("/activities/search"), std::string::npos);
}

TEST(CopperFetch, FetchThenNormalizeEqualsNormalizingTheRecordedPages) {
  FetchRun run;
  auto fetched = run.fetch();
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  CopperConnector connector;
  auto live = connector.normalize(run.ctx, *fetched);
  auto recorded = connector.normalize(run.ctx, fixture_fetch_result());
  ASSERT_TRUE(live.ok() && recorded.ok());
  ASSERT_EQ(live->metrics.size(), recorded->metrics.size());
  for (std::size_t i = 0; i < live->metrics.size(); ++i) {
    EXPECT_EQ(live->metrics[i].user_id + live->metrics[i].type + live->metrics[i].date,
              recorded->metrics[i].user_id + recorded->metrics[i].type + recorded->metrics[i].date);
    EXPECT_EQ(live->metrics[i].value, recorded->metrics[i].value);
  }
  EXPECT_EQ(live->covered_users, recorded->covered_users);
}

TEST(CopperCheck, ReportsTheAccountsActivityTypesAndWhatTheConfigResolvedTo) {
  FetchRun run;
  auto report = CopperConnector{}.check(run.ctx);
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  auto facts = json::value(report->facts);
  EXPECT_EQ(json::serialize(facts.at("phone_call_activity_types")),
            R"([{"id":2160510,"category":"user","name":"Phone Call","disabled":false}])");
  EXPECT_EQ(facts.at("activity_types").as_array().size(), 10u);
  EXPECT_EQ(json::serialize(facts.at("lead_stages").at("a")), "[5034781,6000001]");
}

}  // namespace
}  // namespace tributary::copper
