#include "plugins/hubspot/config.h"

#include <gtest/gtest.h>

#include "tests/hubspot/hubspot_testing.h"

namespace tributary::hubspot {
namespace {

using namespace testing;

TEST(HubSpotConfig, DeclaresAPerAccountLeadConnector) {
  const auto& d = declaration();
  EXPECT_EQ(d.name, "hubspot");
  EXPECT_EQ(d.scope, sdk::FetchScope::kPerAccount);
  ASSERT_EQ(d.record_kinds.size(), 1u);
  EXPECT_EQ(d.record_kinds[0], sdk::RecordKind::kLead);
  EXPECT_TRUE(d.metric_types.empty());
  for (const auto& k : d.config) {
    bool secret =
        k.name == "access_token" || k.name == "client_secret" || k.name == "refresh_token";
    EXPECT_EQ(k.secret, secret) << k.name;
  }
}

TEST(HubSpotConfig, DefaultsFillAbsentKeys) {
  auto c = parse_config({{"access_token", "pat-na1-x"}});
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  EXPECT_EQ(c->base_url, "https://api.hubapi.com");
  EXPECT_EQ(c->auth, AuthMode::kPrivateApp);
  EXPECT_EQ(c->page_size, 100);
  EXPECT_EQ(c->search_page_size, 200);
  EXPECT_EQ(c->lookback_seconds, 300);
  EXPECT_TRUE(c->include_archived);
  EXPECT_EQ(c->description_property, "message");
}

TEST(HubSpotConfig, EachAuthModeNamesTheKeysItNeeds) {
  auto missing_token = parse_config({});
  ASSERT_FALSE(missing_token.ok());
  EXPECT_EQ(missing_token.status().message(),
            "hubspot config: 'access_token' is missing or empty; auth private_app needs the "
            "private app's token (Settings > Integrations > Private apps)");
  auto oauth = oauth_config();
  oauth.erase("refresh_token");
  auto missing_refresh = parse_config(oauth);
  ASSERT_FALSE(missing_refresh.ok());
  EXPECT_EQ(missing_refresh.status().message(),
            "hubspot config: 'refresh_token' is missing or empty; auth oauth needs client_id, "
            "client_secret and refresh_token");
  EXPECT_TRUE(parse_config(oauth_config()).ok());
}

TEST(HubSpotConfig, RangesAndUrlAreChecked) {
  auto c = private_app_config();
  c["search_page_size"] = 500;
  auto big = parse_config(c);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().message(),
            "hubspot config: 'search_page_size' is 500; expected an integer 1..200");
  c = private_app_config();
  c["base_url"] = "api.hubapi.com";
  auto url = parse_config(c);
  ASSERT_FALSE(url.ok());
  EXPECT_EQ(url.status().kind(), sdk::FailureKind::kConfig);
  c["base_url"] = "http://127.0.0.1:9/hubspot/";
  EXPECT_EQ(parse_config(c)->base_url, "http://127.0.0.1:9/hubspot");
}

}  // namespace
}  // namespace tributary::hubspot
