// The HubSpot fake's own behaviour: shapes, paging, the search cap, auth and OAuth, rate limits.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "tests/sandbox/hubspot/hubspot_fixture.h"

namespace tributary::sandbox::hubspot {
namespace {

using testkit::kBearer;
namespace json = boost::json;

class HubSpotApiTest : public testkit::HubSpotServerTest {};

TEST_F(HubSpotApiTest, ListPagesWithTheAfterCursorAndEveryPropertyIsAStringOrNull) {
  std::set<std::string> ids;
  std::string after;
  int pages = 0;
  for (;;) {
    auto r = client_.get(
        api("/crm/v3/objects/contacts?limit=40&properties=email,phone,lastmodifieddate" +
            (after.empty() ? "" : "&after=" + after)),
        kBearer);
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = r.json().as_object();
    for (const auto& c : body.at("results").as_array()) {
      ids.insert(std::string(c.at("id").as_string()));
      for (const auto& [k, v] : c.at("properties").as_object())
        EXPECT_TRUE(v.is_string() || v.is_null()) << k;
      EXPECT_FALSE(c.at("archived").as_bool());
    }
    ++pages;
    if (!body.contains("paging")) break;
    after = std::string(body.at("paging").at("next").at("after").as_string());
  }
  auto live = expected().at("live").as_int64();
  EXPECT_EQ(static_cast<std::int64_t>(ids.size()), live);
  EXPECT_EQ(pages, static_cast<int>((live + 39) / 40));
}

TEST_F(HubSpotApiTest, SearchRefusesToPagePastTenThousandResults) {
  auto r = client_.request("POST", api("/crm/v3/objects/contacts/search"), kBearer,
                           R"({"filterGroups":[],"limit":200,"after":"10000"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json().at("category").as_string(), "VALIDATION_ERROR");
  auto too_big =
      client_.request("POST", api("/crm/v3/objects/contacts/search"), kBearer, R"({"limit":201})");
  EXPECT_EQ(too_big.status, 400);
}

TEST_F(HubSpotApiTest, SearchFiltersAndSortsByLastModified) {
  auto body =
      R"({"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"0"}]}],
                  "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                  "properties":["lastmodifieddate"],"limit":200})";
  auto r = client_.request("POST", api("/crm/v3/objects/contacts/search"), kBearer, body);
  ASSERT_EQ(r.status, 200) << r.body;
  auto results = r.json().at("results").as_array();
  EXPECT_EQ(r.json().at("total").as_int64(), expected().at("live").as_int64());
  for (std::size_t i = 1; i < results.size(); ++i) {
    EXPECT_LE(results[i - 1].at("properties").at("lastmodifieddate").as_string(),
              results[i].at("properties").at("lastmodifieddate").as_string());
  }
}

TEST_F(HubSpotApiTest, WrongTokenIsInvalidAuthentication) {
  auto r = client_.get(api("/crm/v3/owners"), {"Authorization: Bearer nope"});
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.json().at("category").as_string(), "INVALID_AUTHENTICATION");
  EXPECT_EQ(r.json().at("status").as_string(), "error");
}

TEST_F(HubSpotApiTest, OAuthTokensWorkUntilExpired) {
  auto token = client_.request(
      "POST", api("/oauth/v1/token"), {"Content-Type: application/x-www-form-urlencoded"},
      "grant_type=refresh_token&client_id=demo-hubspot-client&client_secret=demo-hubspot-"
      "secret&refresh_token=demo-hubspot-refresh");
  ASSERT_EQ(token.status, 200) << token.body;
  auto access = std::string(token.json().at("access_token").as_string());
  EXPECT_EQ(token.json().at("expires_in").as_int64(), 1800);
  EXPECT_EQ(client_.get(api("/crm/v3/owners"), {"Authorization: Bearer " + access}).status, 200);
  admin("expire-tokens");
  auto expired = client_.get(api("/crm/v3/owners"), {"Authorization: Bearer " + access});
  EXPECT_EQ(expired.status, 401);
  auto refused = client_.request(
      "POST", api("/oauth/v1/token"), {},
      "grant_type=refresh_token&client_id=demo-hubspot-client&client_secret=demo-hubspot-"
      "secret&refresh_token=stolen");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json().at("status").as_string(), "BAD_REFRESH_TOKEN");
}

TEST_F(HubSpotApiTest, SpentDailyBudgetAnswersDaily) {
  auto settings = testkit::hubspot_test_settings();
  settings.daily_limit = 2;
  start(settings);
  EXPECT_EQ(client_.get(api("/crm/v3/owners"), kBearer).status, 200);
  auto second = client_.get(api("/crm/v3/owners"), kBearer);
  EXPECT_EQ(second.header("x-hubspot-ratelimit-daily-remaining"), "0");
  auto refused = client_.get(api("/crm/v3/owners"), kBearer);
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(refused.json().at("policyName").as_string(), "DAILY");
}

TEST_F(HubSpotApiTest, TouchChangesContactsAndMovesTheirLastModified) {
  auto before = expected();
  auto touched = admin("touch?count=3&first_id=1005");
  EXPECT_EQ(touched.at("touched").as_int64(), 3);
  auto after = expected();
  int changed = 0;
  for (std::size_t i = 0; i < before.at("contacts").as_array().size(); ++i) {
    changed += before.at("contacts").at(i) != after.at("contacts").at(i);
  }
  EXPECT_EQ(changed, 3);
  auto added = admin("add-contact?phone=(720)%20555-0199&firstname=Walk&lastname=In");
  EXPECT_EQ(added.at("properties").at("phone").as_string(), "(720) 555-0199");
  EXPECT_EQ(expected().at("total").as_int64(), before.at("total").as_int64() + 1);
}

}  // namespace
}  // namespace tributary::sandbox::hubspot
