#include "plugins/salesforce/fetch.h"

#include <gtest/gtest.h>

#include "plugins/salesforce/salesforce_connector.h"
#include "tests/salesforce/salesforce_testing.h"

namespace tributary::salesforce {
namespace {

using namespace testing;

constexpr const char* kInstance = "https://acme.my.salesforce.com";
constexpr const char* kFreshToken = "00Dxx0000001gEH!AQ4AQFresh.session";

// A scripted org: the token endpoint, and queries answered from fixtures for `accepted` only.
struct Org {
  std::string accepted = kFreshToken;
  int token_calls = 0;
  int queries = 0;
  int limit_after = -1;   // REQUEST_LIMIT_EXCEEDED once this many queries were answered
  int expire_after = -1;  // INVALID_SESSION_ID for the query after this many (once)

  sdk::Result<sdk::HttpResponse> operator()(const sdk::HttpRequest& r) {
    if (has(r.url, "/services/oauth2/token")) {
      ++token_calls;
      return http_answer(200, fixture("token.json"));
    }
    std::string bearer;
    for (const auto& [k, v] : r.headers) {
      if (k == "Authorization") bearer = v;
    }
    if (queries == expire_after) {
      expire_after = -1;
      accepted = "only-after-refresh";
    }
    if (bearer != "Bearer " + accepted) {
      if (accepted == "only-after-refresh") accepted = kFreshToken;
      return http_answer(401, fixture("error-invalid-session.json"));
    }
    if (queries == limit_after) return http_answer(403, fixture("error-request-limit.json"));
    ++queries;
    sdk::Headers usage = {
        {"Sforce-Limit-Info", "api-usage=" + std::to_string(100 + queries) + "/15000"}};
    if (has(r.url, "/query/01gD0000002HU6KIAW-2"))
      return http_answer(200, fixture("contacts-page-1.json"), usage);
    if (has(r.url, "FROM%20Contact"))
      return http_answer(200, fixture("contacts-page-0.json"), usage);
    if (has(r.url, "FROM%20Lead")) return http_answer(200, fixture("leads-page-0.json"), usage);
    return http_answer(
        404, R"([{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}])");
  }
};

sdk::Result<sdk::FetchResult> fetch(FakeHost& host) {
  SalesforceConnector connector;
  return connector.fetch(context(host));
}

TEST(SalesforceFetch, RefreshesASessionThenFollowsNextRecordsUrlForEachObject) {
  FakeHost host;
  Org org;
  host.http_.handler = std::ref(org);
  auto fetched = fetch(host);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  ASSERT_EQ(host.http_.requests.size(), 4u);
  const auto& token = host.http_.requests[0];
  EXPECT_EQ(token.url, "https://login.salesforce.test/services/oauth2/token");
  EXPECT_EQ(token.body,
            "grant_type=refresh_token&client_id=3MVG9-client&client_secret=s3cret&refresh_token="
            "5Aep-refresh");
  EXPECT_TRUE(has(host.http_.requests[1].url,
                  std::string(kInstance) + "/services/data/v61.0/query?q=SELECT%20Id%2C"));
  EXPECT_EQ(host.http_.header(1, "Sforce-Query-Options"), "batchSize=200");
  EXPECT_EQ(host.http_.header(1, "Authorization"), std::string("Bearer ") + kFreshToken);
  EXPECT_EQ(host.http_.requests[2].url,
            std::string(kInstance) + "/services/data/v61.0/query/01gD0000002HU6KIAW-2");
  ASSERT_EQ(fetched->pages.size(), 3u);
  EXPECT_EQ(fetched->pages[0].stream, "Contact");
  EXPECT_EQ(fetched->pages[2].stream, "Lead");
  EXPECT_EQ(fetched->context.at("limit_info").as_string(), "api-usage=103/15000");
  EXPECT_EQ(host.credentials_.values.at("access_token"), kFreshToken);
  EXPECT_FALSE(has(host.log_.all(), kFreshToken));
  EXPECT_FALSE(has(host.log_.all(), "5Aep-refresh"));
}

TEST(SalesforceFetch, ACommittedCursorContinuesAfterIt) {
  FakeHost host;
  Org org;
  host.http_.handler = std::ref(org);
  host.state_.values["contact_cursor"] = "2024-06-03T17:04:11Z|003D000000QV9n3IAD";
  ASSERT_TRUE(fetch(host).ok());
  EXPECT_TRUE(
      has(host.http_.requests[1].url,
          "WHERE%20%28SystemModstamp%20%3D%202024-06-03T17%3A04%3A11Z%20AND%20Id%20%3E%20%27"
          "003D000000QV9n3IAD%27%29%20OR%20SystemModstamp%20%3E%202024-06-03T17%3A04%3A11Z"))
      << host.http_.requests[1].url;
}

TEST(SalesforceFetch, AnExpiredSessionIsRefreshedOnceAndTheReadContinues) {
  FakeHost host;
  Org org;
  org.expire_after = 1;  // the session dies after the first query page
  host.http_.handler = std::ref(org);
  host.credentials_.values["access_token"] = kFreshToken;
  host.cache_.values["instance_url"] = kInstance;
  auto fetched = fetch(host);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(org.token_calls, 1);
  EXPECT_EQ(fetched->pages.size(), 3u);
  EXPECT_EQ(fetched->context.at("session_refreshes").as_int64(), 1);
}

TEST(SalesforceFetch, ASessionRefusedRightAfterARefreshIsAnAuthFailure) {
  FakeHost host;
  Org org;
  org.accepted = "nobody";
  host.http_.handler = std::ref(org);
  auto fetched = fetch(host);
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_EQ(org.token_calls, 2);  // the first session, then the one refresh after the 401
}

TEST(SalesforceFetch, RequestLimitStopsCleanlyKeepingWhatWasRead) {
  FakeHost host;
  Org org;
  org.limit_after = 2;  // both Contact pages answered, the Lead query refused
  host.http_.handler = std::ref(org);
  auto fetched = fetch(host);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(fetched->pages.size(), 2u);
  EXPECT_EQ(fetched->context.at("stopped").at("object").as_string(), "Lead");
  EXPECT_EQ(fetched->context.at("stopped").at("code").as_string(), "REQUEST_LIMIT_EXCEEDED");
  EXPECT_TRUE(has(host.log_.all(), "keeping the 3 records read so far")) << host.log_.all();
}

TEST(SalesforceFetch, RequestLimitBeforeAnythingWasReadIsQuotaExhausted) {
  FakeHost host;
  Org org;
  org.limit_after = 0;
  host.http_.handler = std::ref(org);
  auto fetched = fetch(host);
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kQuotaExhausted);
  EXPECT_GT(fetched.status().retry_after().count(), 0);
}

TEST(SalesforceFetch, StopsBeforeTheOrgAllocationPassesTheConfiguredShare) {
  FakeHost host;
  Org org;  // the first Contact page reports api-usage=101/15000
  host.http_.handler = std::ref(org);
  SalesforceConnector connector;
  auto ctx = context(host);
  ctx.config["max_api_usage_percent"] = 1;  // 150 of 15000: not reached at 101
  auto all = connector.fetch(ctx);
  ASSERT_TRUE(all.ok()) << all.status().to_string();
  EXPECT_FALSE(all->context.contains("stopped"));

  FakeHost tight_host;
  Org tight_org;
  tight_org.queries = 60;  // answers now report api-usage=161/15000 and up: past 1 %
  tight_host.http_.handler = std::ref(tight_org);
  auto tight = context(tight_host);
  tight.config["max_api_usage_percent"] = 1;
  auto stopped = connector.fetch(tight);
  ASSERT_TRUE(stopped.ok()) << stopped.status().to_string();
  EXPECT_EQ(stopped->pages.size(), 1u) << "the first page is kept, the next one not asked for";
  EXPECT_EQ(stopped->context.at("stopped").at("code").as_string(), "MAX_API_USAGE_PERCENT");
  EXPECT_TRUE(has(tight_host.log_.all(), "161/15000")) << tight_host.log_.all();
}

TEST(SalesforceFetch, ARevokedRefreshTokenAsksForReauthorisation) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(400, fixture("error-invalid-grant.json"));
  };
  auto fetched = fetch(host);
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_TRUE(has(fetched.status().message(), "invalid_grant"));
  EXPECT_TRUE(has(fetched.status().message(), "authorise the connected app again"));
}

TEST(SalesforceFetch, AHiddenFieldIsAConfigErrorNamingFieldLevelSecurity) {
  FakeHost host;
  Org org;
  host.http_.handler = [&](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (has(r.url, "oauth2")) return org(r);
    return http_answer(400, fixture("error-invalid-field.json"));
  };
  auto fetched = fetch(host);
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_TRUE(has(fetched.status().message(), "INVALID_FIELD"));
  EXPECT_TRUE(has(fetched.status().message(), "field-level security"));
}

}  // namespace
}  // namespace tributary::salesforce
