// plugins/hubspot against this fake over real HTTP, run as the runner runs a unit, into a real
// SQLite store: the leads table must hold exactly what the fake's expected set implies.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>

#include "tests/leads/crm_sync_harness.h"
#include "tests/sandbox/hubspot/contact_json.h"
#include "tests/sandbox/hubspot/hubspot_fixture.h"

namespace tributary::sandbox::hubspot {
namespace {

namespace json = boost::json;
using host::LeadRow;
using host::testing::by_crm_id;
using host::testing::CrmSyncHarness;
using host::testing::leads_summary;
constexpr auto count = host::testing::count_of;

class HubSpotSyncTest : public testkit::HubSpotServerTest {
 protected:
  // Every live contact the fake has, as a lead, with what a correct sync stores.
  void expect_leads_match(const std::vector<LeadRow>& rows) {
    auto leads = by_crm_id(rows);
    auto doc = expected();
    for (const auto& c : doc.at("contacts").as_array()) {
      auto id = std::string(c.at("id").as_string());
      if (c.at("archived").as_bool()) {
        EXPECT_FALSE(leads.count(id) && leads[id].archived_at == 0) << id;
        continue;
      }
      ASSERT_TRUE(leads.count(id)) << "contact " << id << " has no lead";
      const auto& lead = leads[id];
      EXPECT_EQ(lead.crm_source, "hubspot");
      EXPECT_EQ(lead.name, c.at("name").as_string()) << id;
      EXPECT_EQ(lead.email, c.at("email").as_string()) << id;
      EXPECT_EQ(lead.phone_e164, c.at("phone_e164").as_string()) << id << " " << c.at("phone");
      EXPECT_EQ(lead.crm_owner, c.at("owner_name").as_string()) << id;
      EXPECT_EQ(lead.crm_owner_email, c.at("owner_email").as_string()) << id;
      EXPECT_EQ(lead.crm_status, c.at("hs_lead_status").as_string()) << id;
      EXPECT_EQ(lead.crm_stage, c.at("lifecyclestage").as_string()) << id;
    }
  }

  // Live contacts modified at or after `from_ms`: what an incremental read must return.
  std::int64_t modified_since(std::int64_t from_ms) {
    std::int64_t n = 0;
    auto doc = expected();
    for (const auto& c : doc.at("contacts").as_array()) {
      if (c.at("archived").as_bool()) continue;
      n += std::string(c.at("lastmodifieddate").as_string()) >= iso_ms(from_ms);
    }
    return n;
  }
};

TEST_F(HubSpotSyncTest, FirstSyncCreatesEveryContactOnceAndASecondChangesNothing) {
  CrmSyncHarness harness("hubspot", connector_config());
  auto first = harness.sync_ok();
  auto doc = expected();
  auto live = doc.at("live").as_int64();
  auto summary = leads_summary(first);
  EXPECT_EQ(count(summary, "created"), live);
  EXPECT_EQ(first.summary.at("mode").as_string(), "full");
  auto rows = harness.leads();
  EXPECT_EQ(static_cast<std::int64_t>(rows.size()), live);
  expect_leads_match(rows);

  // Bad phones are kept without phone_e164 and reported, never skipped.
  std::int64_t bad_phones = 0;
  for (const auto& c : doc.at("contacts").as_array())
    bad_phones += !c.at("archived").as_bool() && !c.at("phone").as_string().empty() &&
                  c.at("phone_e164").as_string().empty();
  EXPECT_GT(bad_phones, 0);
  EXPECT_EQ(summary.at("phone_rejected").at("count").as_int64(), bad_phones);
  // Archived before any sync saw them: reported as skipped, not created.
  EXPECT_EQ(summary.at("skipped").at("count").as_int64(), doc.at("archived").as_int64());

  auto bookmark = std::stoll(*harness.state("contacts_bookmark_ms"));
  auto second = harness.sync_ok();
  auto again = leads_summary(second);
  EXPECT_EQ(second.summary.at("mode").as_string(), "incremental");
  EXPECT_EQ(count(again, "created") + count(again, "updated") + count(again, "archived"), 0);
  // Only the lookback window is read again.
  EXPECT_EQ(second.summary.at("contacts_read").as_int64(), modified_since(bookmark - 300 * 1000));
  EXPECT_LT(second.summary.at("contacts_read").as_int64(), live / 10);
  auto after = harness.leads();
  ASSERT_EQ(after.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(after[i].updated_at, rows[i].updated_at);
}

TEST_F(HubSpotSyncTest, OnlyChangedContactsAreFetchedAndUpdated) {
  CrmSyncHarness harness("hubspot", connector_config());
  harness.sync_ok();
  auto bookmark = std::stoll(*harness.state("contacts_bookmark_ms"));
  auto lookback = modified_since(bookmark - 300 * 1000);
  auto touched = admin("touch?count=7&first_id=1011");
  ASSERT_EQ(touched.at("touched").as_int64(), 7);
  auto result = harness.sync_ok();
  auto summary = leads_summary(result);
  EXPECT_EQ(count(summary, "updated"), 7);
  EXPECT_EQ(count(summary, "created"), 0);
  EXPECT_EQ(result.summary.at("contacts_read").as_int64(), 7 + lookback);
  expect_leads_match(harness.leads());
}

TEST_F(HubSpotSyncTest, AManualLeadWithTheSamePhoneIsMatchedAndKeepsWhatAPersonSet) {
  CrmSyncHarness harness("hubspot", connector_config());
  // Typed by a person before the CRM was connected, in another format than HubSpot's.
  host::ManualLeadEdit typed{
      "", {{"name", "Walk-in from the expo"}, {"phone_e164", "+1 720 555 0142"}}};
  auto manual = harness.store().save_manual_lead(typed, "US", 1700000000);
  harness.sync_ok();
  auto added = admin(
      "add-contact?phone=(720)%20555-0142&email=walkin@example.com&firstname=Wanda&lastname=Kim");
  auto result = harness.sync_ok();
  EXPECT_EQ(leads_summary(result).at("matched_by_phone").as_int64(), 1);
  auto leads = by_crm_id(harness.leads());
  auto id = std::string(added.at("id").as_string());
  ASSERT_TRUE(leads.count(id));
  const auto& lead = leads[id];
  EXPECT_EQ(lead.id, manual.id);  // matched, not duplicated
  EXPECT_EQ(lead.origin, "manual");
  EXPECT_EQ(lead.name, "Walk-in from the expo");
  EXPECT_EQ(lead.email, "walkin@example.com");
  EXPECT_EQ(lead.crm_status, "NEW");
  EXPECT_EQ(static_cast<std::int64_t>(harness.leads().size()), expected().at("live").as_int64());
}

TEST_F(HubSpotSyncTest, ArchivedContactsAreMarkedNotDeleted) {
  CrmSyncHarness harness("hubspot", connector_config());
  harness.sync_ok();
  auto before = harness.leads().size();
  admin("archive?id=1020");
  auto result = harness.sync_ok();
  EXPECT_EQ(leads_summary(result).at("archived").as_int64(), 1);
  auto leads = by_crm_id(harness.leads());
  EXPECT_EQ(harness.leads().size(), before);
  EXPECT_NE(leads.at("1020").archived_at, 0);
}

TEST_F(HubSpotSyncTest, OAuthTokensAreRefreshedPersistedAndRenewedAfterExpiry) {
  auto config = connector_config();
  config["auth"] = "oauth";
  config.erase("access_token");
  config["client_id"] = "demo-hubspot-client";
  config["client_secret"] = "demo-hubspot-secret";
  config["refresh_token"] = "demo-hubspot-refresh";
  CrmSyncHarness harness("hubspot", config);
  auto first = harness.sync_ok();
  EXPECT_EQ(first.summary.at("token_refreshes").as_int64(), 1);
  auto token = harness.credential("access_token");
  ASSERT_TRUE(token);
  EXPECT_EQ(harness.redactor().redact("token " + *token), "token ***");

  admin("expire-tokens");  // the persisted token still looks valid to the connector
  auto second = harness.sync_ok();
  EXPECT_EQ(second.summary.at("token_refreshes").as_int64(), 1);
  EXPECT_NE(*harness.credential("access_token"), *token);
}

TEST_F(HubSpotSyncTest, ASpentDailyAllowanceStopsTheUnitWithNothingWritten) {
  auto settings = testkit::hubspot_test_settings();
  settings.daily_limit = 2;
  start(settings);
  CrmSyncHarness harness("hubspot", connector_config());
  auto result = harness.sync();
  EXPECT_EQ(result.status.kind(), sdk::FailureKind::kQuotaExhausted) << result.status.to_string();
  EXPECT_TRUE(harness.leads().empty());
  EXPECT_FALSE(harness.state("contacts_bookmark_ms"));
}

// Proactive: the sync stops at its share of the daily allowance, so HubSpot never has to refuse
// the account (no 429 at all), and nothing partial is written.
TEST_F(HubSpotSyncTest, StopsAtItsShareOfTheDailyAllowanceBeforeHubSpotRefuses) {
  auto settings = testkit::hubspot_test_settings();
  settings.daily_limit = 10;
  start(settings);
  auto config = connector_config();
  config["max_api_usage_percent"] = 30;
  CrmSyncHarness harness("hubspot", config);
  auto result = harness.sync();
  EXPECT_EQ(result.status.kind(), sdk::FailureKind::kQuotaExhausted) << result.status.to_string();
  EXPECT_NE(result.status.message().find("3/10 (X-HubSpot-RateLimit-Daily)"), std::string::npos)
      << result.status.message();
  EXPECT_TRUE(harness.leads().empty());
  EXPECT_FALSE(harness.state("contacts_bookmark_ms"));
  auto hubspot = client_.get(url("/_sandbox/stats")).json().at("vendors").at("hubspot");
  EXPECT_EQ(hubspot.at("requests").as_int64(), 3);
  EXPECT_EQ(hubspot.at("rate_limited_429").as_int64(), 0);
}

// More than 10,000 changed contacts: 10,050 share one lastmodifieddate (only the id tie-break
// can page past them) and 200 more follow. Pages are large and it runs once.
TEST_F(HubSpotSyncTest, MoreThanTenThousandChangedContactsSyncCompletely) {
  start(testkit::hubspot_test_settings(10600));
  CrmSyncHarness harness("hubspot", connector_config());
  harness.sync_ok();
  auto same = admin("touch?count=10050&same_timestamp=1");
  ASSERT_EQ(same.at("touched").as_int64(), 10050);
  auto spread =
      admin("touch?count=200&first_id=" + std::to_string(same.at("last_id").as_int64() + 1));
  ASSERT_EQ(spread.at("touched").as_int64(), 200);
  auto result = harness.sync_ok();
  auto summary = leads_summary(result);
  EXPECT_EQ(count(summary, "updated"), 10250);
  EXPECT_EQ(count(summary, "created"), 0);
  EXPECT_GT(result.summary.at("search_queries").as_int64(), 1);
  expect_leads_match(harness.leads());
}

}  // namespace
}  // namespace tributary::sandbox::hubspot
