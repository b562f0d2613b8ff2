// The Salesforce fake's own behaviour: token endpoint, SOQL, paging, sessions, limits, errors.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cctype>
#include <cstdio>

#include "tests/sandbox/salesforce/salesforce_fixture.h"
#include "tests/sandbox/salesforce/soql.h"

namespace tributary::sandbox::salesforce {
namespace {

class SalesforceApiTest : public testkit::SalesforceServerTest {
 protected:
  sandbox::testing::HttpResult query(const std::string& soql, const std::string& token,
                                     int batch = 200) {
    std::string encoded;
    for (unsigned char c : soql) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += std::isalnum(c) || c == '.' || c == '_' ? std::string(1, static_cast<char>(c))
                                                         : std::string(hex);
    }
    return client_.get(api("/services/data/v61.0/query?q=" + encoded),
                       {"Authorization: Bearer " + token,
                        "Sforce-Query-Options: batchSize=" + std::to_string(batch)});
  }
};

TEST_F(SalesforceApiTest, TokenAnswerNamesTheInstanceAndHasNoExpiry) {
  auto r = client_.request(
      "POST", api("/services/oauth2/token"), {},
      "grant_type=refresh_token&client_id=demo-sf-client&client_secret=demo-sf-secret&"
      "refresh_token=demo-sf-refresh");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json().at("instance_url").as_string(), url("/salesforce"));
  EXPECT_FALSE(r.json().as_object().contains("expires_in"));
  auto bad = client_.request(
      "POST", api("/services/oauth2/token"), {},
      "grant_type=refresh_token&client_id=demo-sf-client&client_secret=demo-sf-secret&"
      "refresh_token=revoked");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json().at("error").as_string(), "invalid_grant");
}

TEST_F(SalesforceApiTest, QueriesPageThroughNextRecordsUrlInModstampIdOrder) {
  auto t = token();
  auto r =
      query("SELECT Id, SystemModstamp, Owner.Name FROM Contact ORDER BY SystemModstamp, Id", t);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.header("sforce-limit-info").empty());
  auto body = r.json();
  EXPECT_EQ(body.at("totalSize").as_int64(), 300);
  EXPECT_FALSE(body.at("done").as_bool());
  std::vector<std::pair<std::string, std::string>> seen;
  for (;;) {
    for (const auto& rec : body.at("records").as_array()) {
      seen.emplace_back(rec.at("SystemModstamp").as_string(), rec.at("Id").as_string());
      EXPECT_TRUE(rec.at("Owner").as_object().contains("Name"));
    }
    if (body.at("done").as_bool()) break;
    auto next = client_.get(url("/salesforce") + std::string(body.at("nextRecordsUrl").as_string()),
                            {"Authorization: Bearer " + t});
    ASSERT_EQ(next.status, 200) << next.body;
    body = next.json();
  }
  EXPECT_EQ(seen.size(), 300u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_NE(std::adjacent_find(seen.begin(), seen.end(),
                               [](auto& a, auto& b) { return a.first == b.first; }),
            seen.end());  // modstamps tie, so the Id tie-break matters
}

TEST_F(SalesforceApiTest, KeysetConditionSelectsStrictlyAfterTheCursor) {
  auto t = token();
  auto all =
      query("SELECT Id, SystemModstamp FROM Lead ORDER BY SystemModstamp, Id LIMIT 2000", t, 2000)
          .json();
  const auto& records = all.at("records").as_array();
  const auto& cut = records.at(60);
  std::string stamp(cut.at("SystemModstamp").as_string());
  auto literal = stamp.substr(0, 19) + "Z";
  auto after = query("SELECT Id FROM Lead WHERE (SystemModstamp = " + literal + " AND Id > '" +
                         std::string(cut.at("Id").as_string()) + "') OR SystemModstamp > " +
                         literal + " ORDER BY SystemModstamp, Id",
                     t)
                   .json();
  EXPECT_EQ(after.at("totalSize").as_int64(), static_cast<std::int64_t>(records.size()) - 61);
}

TEST_F(SalesforceApiTest, BadQueriesAnswerSalesforceErrorArrays) {
  auto t = token();
  auto field = query("SELECT Id, Secret__c FROM Contact", t);
  EXPECT_EQ(field.status, 400);
  EXPECT_EQ(field.json().at(0).at("errorCode").as_string(), "INVALID_FIELD");
  auto mixed = query("SELECT Id FROM Contact WHERE Id > 'a' AND Id < 'z' OR Id = 'b'", t);
  EXPECT_EQ(mixed.json().at(0).at("errorCode").as_string(), "MALFORMED_QUERY");
  auto quoted = query("SELECT Id FROM Contact WHERE SystemModstamp > '2024-01-01T00:00:00Z'", t);
  EXPECT_EQ(quoted.json().at(0).at("errorCode").as_string(), "MALFORMED_QUERY");
}

TEST_F(SalesforceApiTest, SessionsExpireAfterTheirCallsAndTheAllocationRunsOut) {
  auto s = settings();
  s.session_requests = 2;
  start(s);
  auto t = token();
  EXPECT_EQ(query("SELECT Id FROM Contact LIMIT 1", t).status, 200);
  EXPECT_EQ(query("SELECT Id FROM Contact LIMIT 1", t).status, 200);
  auto expired = query("SELECT Id FROM Contact LIMIT 1", t);
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(expired.json().at(0).at("errorCode").as_string(), "INVALID_SESSION_ID");

  admin("set-remaining?requests=1");
  auto fresh = token();
  auto ok = query("SELECT Id FROM Contact LIMIT 1", fresh);
  EXPECT_EQ(ok.status, 200);
  auto refused = query("SELECT Id FROM Contact LIMIT 1", fresh);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.json().at(0).at("errorCode").as_string(), "REQUEST_LIMIT_EXCEEDED");
  EXPECT_EQ(refused.header("sforce-limit-info"), "api-usage=3/3");
}

TEST(SalesforceSoqlFake, ParsesTheConnectorsQueries) {
  auto q = parse_soql(
      "SELECT Id, Owner.Email FROM Lead WHERE (SystemModstamp = 2024-06-03T17:04:11Z AND Id > "
      "'00Q000000000001AAA') OR SystemModstamp > 2024-06-03T17:04:11Z ORDER BY SystemModstamp, Id");
  EXPECT_EQ(q.object, "Lead");
  ASSERT_TRUE(q.where);
  EXPECT_FALSE(q.where->is_and);
  EXPECT_EQ(q.where->children.size(), 2u);
  EXPECT_EQ(q.order_by.size(), 2u);
  Record r;
  r.id = "00Q000000000002AAA";
  r.modstamp_s = 1717434251;  // 2024-06-03T17:04:11Z
  EXPECT_TRUE(matches(*q.where, r));
  r.id = "00Q000000000001AAA";
  EXPECT_FALSE(matches(*q.where, r));
}

}  // namespace
}  // namespace tributary::sandbox::salesforce
