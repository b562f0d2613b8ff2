#include "plugins/hubspot/token_source.h"

#include <gtest/gtest.h>

#include "plugins/hubspot/hubspot_api.h"
#include "tests/hubspot/hubspot_testing.h"

namespace tributary::hubspot {
namespace {

using namespace testing;

// 1717660800 is the fake clock's now.
constexpr std::int64_t kNow = 1717660800;

// Token endpoint plus an owners endpoint that accepts only `accepted`.
struct OAuthServer {
  std::string accepted = "CKDW-refreshed-access";
  int token_calls = 0;
  sdk::Result<sdk::HttpResponse> operator()(const sdk::HttpRequest& r) {
    if (has(r.url, "/oauth/v1/token")) {
      ++token_calls;
      return http_answer(200, fixture("oauth-token.json"));
    }
    for (const auto& [k, v] : r.headers) {
      if (k == "Authorization" && v == "Bearer " + accepted)
        return http_answer(200, R"({"results":[]})");
    }
    return http_answer(401, fixture("error-401.json"));
  }
};

sdk::Result<sdk::HttpResponse> call_owners(FakeHost& host, const HubSpotConfig& config) {
  HubSpotApi api(host, config);
  return api.get("/crm/v3/owners?limit=1", "HubSpot GET /crm/v3/owners");
}

TEST(HubSpotOAuth, WithoutATokenItRefreshesFirstAndHandsTheNewTokensToTheHost) {
  FakeHost host;
  OAuthServer server;
  host.http_.handler = std::ref(server);
  auto config = parse_config(oauth_config());
  ASSERT_TRUE(call_owners(host, *config).ok());
  ASSERT_EQ(host.http_.requests.size(), 2u);
  const auto& refresh = host.http_.requests[0];
  EXPECT_EQ(refresh.method, "POST");
  EXPECT_EQ(refresh.url, "http://hubspot.test/oauth/v1/token");
  EXPECT_EQ(refresh.body,
            "grant_type=refresh_token&client_id=client-1&client_secret=s3cret&refresh_token=demo-"
            "refresh-1");
  EXPECT_EQ(host.http_.header(1, "Authorization"), "Bearer CKDW-refreshed-access");
  EXPECT_EQ(host.credentials_.values.at("access_token"), "CKDW-refreshed-access");
  EXPECT_EQ(host.credentials_.values.at("access_token_expires_at"), std::to_string(kNow + 1800));
  EXPECT_EQ(host.credentials_.values.at("refresh_token"), "demo-refresh-2");
  // Tokens never reach a log line.
  EXPECT_FALSE(has(host.log_.all(), "CKDW")) << host.log_.all();
  EXPECT_FALSE(has(host.log_.all(), "demo-refresh")) << host.log_.all();
}

TEST(HubSpotOAuth, APersistedTokenWithTimeLeftIsUsedAsIs) {
  FakeHost host;
  OAuthServer server;
  server.accepted = "persisted";
  host.http_.handler = std::ref(server);
  host.credentials_.values = {{"access_token", "persisted"},
                              {"access_token_expires_at", std::to_string(kNow + 1000)}};
  ASSERT_TRUE(call_owners(host, *parse_config(oauth_config())).ok());
  EXPECT_EQ(server.token_calls, 0);
}

TEST(HubSpotOAuth, ATokenAboutToExpireIsRefreshedAhead) {
  FakeHost host;
  OAuthServer server;
  host.http_.handler = std::ref(server);
  host.credentials_.values = {{"access_token", "old"},
                              {"access_token_expires_at", std::to_string(kNow + 120)}};
  ASSERT_TRUE(call_owners(host, *parse_config(oauth_config())).ok());
  EXPECT_EQ(server.token_calls, 1);
  // The refresh token persisted earlier wins over the configured one.
  host.credentials_.values["refresh_token"] = "persisted-refresh";
  host.credentials_.values["access_token_expires_at"] = std::to_string(kNow);
  host.http_.requests.clear();
  ASSERT_TRUE(call_owners(host, *parse_config(oauth_config())).ok());
  EXPECT_TRUE(has(host.http_.requests[0].body, "refresh_token=persisted-refresh"));
}

TEST(HubSpotOAuth, A401RefreshesOnceAndRetriesThenGivesUp) {
  FakeHost host;
  OAuthServer server;
  host.http_.handler = std::ref(server);
  host.credentials_.values = {{"access_token", "revoked"},
                              {"access_token_expires_at", std::to_string(kNow + 1000)}};
  auto config = parse_config(oauth_config());
  HubSpotApi api(host, *config);
  ASSERT_TRUE(api.get("/crm/v3/owners?limit=1", "owners").ok());
  EXPECT_EQ(server.token_calls, 1);
  EXPECT_EQ(api.token_refreshes(), 1);

  server.accepted = "nothing";  // now every token is refused
  auto refused = api.get("/crm/v3/owners?limit=1", "owners");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_TRUE(has(refused.status().message(), "re-install the OAuth app"));
  EXPECT_EQ(server.token_calls, 1);
}

TEST(HubSpotOAuth, ARefusedRefreshTokenAsksForReauthorisation) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(
        400, R"({"status":"BAD_REFRESH_TOKEN","message":"missing or unknown refresh token"})");
  };
  auto refused = call_owners(host, *parse_config(oauth_config()));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_TRUE(has(refused.status().message(), "refresh_token")) << refused.status().message();
  EXPECT_FALSE(has(refused.status().message(), "demo-refresh-1"));
}

}  // namespace
}  // namespace tributary::hubspot
