#include "plugins/hubspot/fetch.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "plugins/hubspot/hubspot_connector.h"
#include "tests/hubspot/hubspot_testing.h"

namespace tributary::hubspot {
namespace {

using namespace testing;

sdk::Result<sdk::HttpResponse> recorded_api(const sdk::HttpRequest& r) {
  const auto& u = r.url;
  if (has(u, "/crm/v3/owners"))
    return http_answer(200,
                       fixture(has(u, "after=2") ? "owners-page-1.json" : "owners-page-0.json"));
  if (has(u, "/contacts/search")) return http_answer(200, fixture("search-page-0.json"));
  if (has(u, "archived=true")) return http_answer(200, fixture("archived-page-0.json"));
  if (has(u, "/crm/v3/objects/contacts"))
    return http_answer(
        200, fixture(has(u, "after=53") ? "contacts-page-1.json" : "contacts-page-0.json"));
  return http_answer(
      404, R"({"status":"error","message":"resource not found","category":"OBJECT_NOT_FOUND"})");
}

sdk::Result<sdk::FetchResult> fetch(FakeHost& host, boost::json::object config) {
  auto ctx = context(host, std::move(config));
  HubSpotConnector connector;
  return connector.fetch(ctx);
}

TEST(HubSpotFetch, FirstSyncListsOwnersEveryContactAndTheArchivedOnes) {
  FakeHost host;
  host.http_.handler = recorded_api;
  auto fetched = fetch(host, private_app_config());
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  const std::string props =
      "properties=email%2Cfirstname%2Clastname%2Cphone%2Cmobilephone%2Clifecyclestage%2C"
      "hs_lead_status%2Chubspot_owner_id%2Cnotes_last_updated%2Clastmodifieddate%2C"
      "hs_object_id%2Cmessage";
  std::vector<std::string> urls;
  for (const auto& r : host.http_.requests) urls.push_back(r.url);
  EXPECT_EQ(urls,
            (std::vector<std::string>{
                "http://hubspot.test/crm/v3/owners?limit=500&archived=false",
                "http://hubspot.test/crm/v3/owners?limit=500&archived=false&after=2",
                "http://hubspot.test/crm/v3/objects/contacts?limit=2&archived=false&" + props,
                "http://hubspot.test/crm/v3/objects/contacts?limit=2&archived=false&" + props +
                    "&after=53",
                "http://hubspot.test/crm/v3/objects/contacts?limit=2&archived=true&" + props}));
  EXPECT_EQ(host.http_.header(0, "Authorization"), "Bearer pat-na1-test");
  ASSERT_EQ(fetched->pages.size(), 5u);
  EXPECT_EQ(fetched->pages[2].stream, "contacts");
  EXPECT_EQ(fetched->pages[2].body, fixture("contacts-page-0.json"));
  EXPECT_EQ(fetched->pages[4].stream, "archived");
  EXPECT_EQ(fetched->context.at("mode").as_string(), "full");
  EXPECT_EQ(fetched->context.at("sync_started_ms").as_int64(), 1717660800000);
}

TEST(HubSpotFetch, LaterSyncsSearchFromTheBookmarkMinusTheLookback) {
  FakeHost host;
  host.http_.handler = recorded_api;
  host.state_.values["contacts_bookmark_ms"] = "1717580000000";
  auto config = private_app_config();
  config["include_archived"] = false;
  auto fetched = fetch(host, config);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  ASSERT_EQ(host.http_.requests.size(), 3u);  // two owners pages, one search page
  const auto& search = host.http_.requests[2];
  EXPECT_EQ(search.method, "POST");
  EXPECT_EQ(search.url, "http://hubspot.test/crm/v3/objects/contacts/search");
  auto body = boost::json::parse(search.body);
  EXPECT_EQ(body.at("filterGroups").at(0).at("filters").at(0),
            boost::json::parse(
                R"({"propertyName":"lastmodifieddate","operator":"GTE","value":"1717579700000"})"));
  EXPECT_EQ(body.at("sorts"),
            boost::json::parse(R"([{"propertyName":"lastmodifieddate","direction":"ASCENDING"}])"));
  EXPECT_EQ(body.at("limit").as_int64(), 2);
  EXPECT_EQ(body.at("after").as_string(), "0");
  EXPECT_EQ(fetched->context.at("mode").as_string(), "incremental");
  EXPECT_EQ(fetched->context.at("search_from_ms").as_int64(), 1717579700000);
}

TEST(HubSpotFetch, DailyLimitIsQuotaExhausted) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(429, fixture("error-429-daily.json"));
  };
  auto fetched = fetch(host, private_app_config());
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kQuotaExhausted);
  EXPECT_GT(fetched.status().retry_after().count(), 0);
}

// Private apps see their daily allowance on every non-search answer: at max_api_usage_percent
// the sync stops before HubSpot refuses the account, and below it nothing changes.
TEST(HubSpotFetch, StopsAtTheConfiguredShareOfTheDailyAllowance) {
  auto with_daily = [](std::int64_t remaining) {
    return [remaining](const sdk::HttpRequest& r) {
      auto answer = recorded_api(r);
      answer->headers.emplace_back("X-HubSpot-RateLimit-Daily", "1000");
      answer->headers.emplace_back("X-HubSpot-RateLimit-Daily-Remaining",
                                   std::to_string(remaining));
      return answer;
    };
  };
  FakeHost spent;
  spent.http_.handler = with_daily(100);  // 900 of 1,000 used: the default 90 %
  auto stopped = fetch(spent, private_app_config());
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.status().kind(), sdk::FailureKind::kQuotaExhausted);
  EXPECT_GT(stopped.status().retry_after().count(), 0);
  EXPECT_NE(stopped.status().message().find("900/1000"), std::string::npos)
      << stopped.status().message();
  EXPECT_NE(stopped.status().message().find("max_api_usage_percent of 90%"), std::string::npos);
  EXPECT_EQ(spent.http_.requests.size(), 1U) << "the owners call already said so";

  FakeHost below;
  below.http_.handler = with_daily(101);
  EXPECT_TRUE(fetch(below, private_app_config()).ok());

  FakeHost allowed;
  allowed.http_.handler = with_daily(100);
  auto config = private_app_config();
  config["max_api_usage_percent"] = 95;
  EXPECT_TRUE(fetch(allowed, config).ok());
}

TEST(HubSpotFetch, ARollingLimitHonoursRetryAfterWhenHubSpotSendsIt) {
  constexpr const char* kRolling =
      R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.",)"
      R"("errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})";
  FakeHost host;
  host.http_.handler = [&](const sdk::HttpRequest&) {
    return http_answer(429, kRolling, {{"Retry-After", "7"}});
  };
  auto told = fetch(host, private_app_config());
  ASSERT_FALSE(told.ok());
  EXPECT_EQ(told.status().kind(), sdk::FailureKind::kRateLimited);
  EXPECT_EQ(told.status().retry_after().count(), 7);

  FakeHost silent;
  silent.http_.handler = [&](const sdk::HttpRequest&) { return http_answer(429, kRolling); };
  auto guessed = fetch(silent, private_app_config());
  ASSERT_FALSE(guessed.ok());
  EXPECT_EQ(guessed.status().retry_after().count(), 10);  // HubSpot's advice: back off ~10 s
}

TEST(HubSpotFetch, RejectedPrivateAppTokenAndMissingScopesSayWhatToFix) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(401, fixture("error-401.json"));
  };
  auto rejected = fetch(host, private_app_config());
  ASSERT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_TRUE(has(rejected.status().message(), "check access_token"))
      << rejected.status().message();
  EXPECT_EQ(host.http_.requests.size(), 1u);  // a private-app token is not retried

  FakeHost scoped;
  scoped.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(403, fixture("error-403-scopes.json"));
  };
  auto missing = fetch(scoped, private_app_config());
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(has(missing.status().message(), "crm.objects.contacts.read"));
}

TEST(HubSpotFetch, ABrokenBookmarkFallsBackToTheFullList) {
  FakeHost host;
  host.http_.handler = recorded_api;
  host.state_.values["contacts_bookmark_ms"] = "not-a-number";
  auto fetched = fetch(host, private_app_config());
  ASSERT_TRUE(fetched.ok());
  EXPECT_EQ(fetched->context.at("mode").as_string(), "full");
}

}  // namespace
}  // namespace tributary::hubspot
