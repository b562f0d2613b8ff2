// plugins/salesforce against this fake over real HTTP, run as the runner runs a unit, into a
// real SQLite store: the leads table must hold exactly what the fake's expected set implies.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>

#include "tests/leads/crm_sync_harness.h"
#include "tests/sandbox/salesforce/salesforce_fixture.h"

namespace tributary::sandbox::salesforce {
namespace {

namespace json = boost::json;
using host::LeadRow;
using host::testing::by_crm_id;
using host::testing::CrmSyncHarness;
using host::testing::leads_summary;
constexpr auto count = host::testing::count_of;

class SalesforceSyncTest : public testkit::SalesforceServerTest {
 protected:
  std::int64_t records_read(const host::UnitResult& r, const char* object) {
    auto it = r.summary.find(object);
    return it == r.summary.end() ? 0 : it->value().at("records").as_int64();
  }

  // Every record that is still a person to call (converted Leads live on as Contacts).
  void expect_leads_match(const std::vector<LeadRow>& rows) {
    auto leads = by_crm_id(rows);
    std::size_t live = 0;
    auto doc = expected();
    for (const auto& rec : doc.at("records").as_array()) {
      auto id = std::string(rec.at("id").as_string());
      if (rec.at("converted").as_bool()) continue;
      ++live;
      ASSERT_TRUE(leads.count(id)) << "record " << id << " has no lead";
      const auto& lead = leads[id];
      EXPECT_EQ(lead.crm_source, "salesforce");
      EXPECT_EQ(lead.name, rec.at("name").as_string()) << id;
      EXPECT_EQ(lead.email, rec.at("email").as_string()) << id;
      EXPECT_EQ(lead.phone_e164, rec.at("phone_e164").as_string()) << id << " " << rec.at("phone");
      EXPECT_EQ(lead.crm_owner, rec.at("owner_name").as_string()) << id;
      EXPECT_EQ(lead.crm_owner_email, rec.at("owner_email").as_string()) << id;
      EXPECT_EQ(lead.crm_status, rec.at("status").as_string()) << id;
      EXPECT_EQ(lead.crm_description, rec.at("description").as_string()) << id;
    }
    EXPECT_EQ(rows.size(), live);
  }
};

TEST_F(SalesforceSyncTest, FirstSyncCreatesEveryRecordOnceAndASecondReadsNothing) {
  CrmSyncHarness harness("salesforce", connector_config());
  auto first = harness.sync_ok();
  auto doc = expected();
  auto converted = doc.at("converted").as_int64();
  EXPECT_GT(converted, 0);
  auto summary = leads_summary(first);
  EXPECT_EQ(count(summary, "created"), 450 - converted);
  EXPECT_EQ(records_read(first, "Contact"), 300);
  expect_leads_match(harness.leads());
  EXPECT_TRUE(harness.state("contact_cursor"));
  EXPECT_TRUE(harness.state("lead_cursor"));

  auto rows = harness.leads();
  auto second = harness.sync_ok();
  EXPECT_EQ(records_read(second, "Contact") + records_read(second, "Lead"), 0);
  EXPECT_TRUE(leads_summary(second).empty());  // nothing to write
  auto after = harness.leads();
  ASSERT_EQ(after.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(after[i].updated_at, rows[i].updated_at);
}

TEST_F(SalesforceSyncTest, OnlyChangedRecordsAreFetchedEvenWhenTheyShareOneModstamp) {
  CrmSyncHarness harness("salesforce", connector_config());
  harness.sync_ok();
  admin("touch?object=Contact&count=5&first_id=003000000000010AAA");
  auto first_touch = harness.sync_ok();
  EXPECT_EQ(records_read(first_touch, "Contact"), 5);
  EXPECT_EQ(count(leads_summary(first_touch), "updated"), 5);
  // A second batch at a later second, partly below the cursor's Id: still read, exactly once.
  admin("touch?object=Contact&count=3&first_id=003000000000002AAA");
  auto second_touch = harness.sync_ok();
  EXPECT_EQ(records_read(second_touch, "Contact"), 3);
  EXPECT_EQ(count(leads_summary(second_touch), "updated"), 3);
  expect_leads_match(harness.leads());
}

TEST_F(SalesforceSyncTest, AnExpiredSessionRefreshesOnceAndTheSyncContinues) {
  auto s = settings();
  s.session_requests = 2;  // the first sync needs 3 query calls: 2 Contact pages, 1 Lead page
  start(s);
  CrmSyncHarness harness("salesforce", connector_config());
  auto first = harness.sync_ok();
  EXPECT_EQ(first.summary.at("session_refreshes").as_int64(), 2);  // the first session, then one
  expect_leads_match(harness.leads());
  auto token = harness.credential("access_token");
  ASSERT_TRUE(token);
  EXPECT_EQ(harness.redactor().redact(*token), "***");

  admin("expire-sessions");
  auto second = harness.sync_ok();
  EXPECT_EQ(second.summary.at("session_refreshes").as_int64(), 1);
  EXPECT_NE(*harness.credential("access_token"), *token);
}

// The first page's Sforce-Limit-Info says the allocation is spent (1/1): the sync stops there,
// without spending a call on a refusal (REQUEST_LIMIT_EXCEEDED itself: tests/salesforce).
TEST_F(SalesforceSyncTest, ASpentAllocationStopsWithWhatWasReadCommitted) {
  admin("set-remaining?requests=1");  // one query call: the first Contact page
  CrmSyncHarness harness("salesforce", connector_config());
  auto first = harness.sync_ok();
  EXPECT_EQ(count(leads_summary(first), "created"), 200);
  EXPECT_EQ(first.summary.at("stopped").at("code").as_string(), "MAX_API_USAGE_PERCENT");
  EXPECT_EQ(first.summary.at("api_usage").as_int64(), 1);
  ASSERT_TRUE(harness.state("contact_cursor"));
  EXPECT_FALSE(harness.state("lead_cursor"));

  admin("set-remaining?requests=100");
  auto second = harness.sync_ok();
  EXPECT_FALSE(second.summary.contains("stopped"));
  EXPECT_EQ(records_read(second, "Contact"), 100);  // from the committed cursor on
  expect_leads_match(harness.leads());
}

TEST_F(SalesforceSyncTest, RequestLimitBeforeAnythingWasReadFailsAsQuotaExhausted) {
  admin("set-remaining?requests=0");
  CrmSyncHarness harness("salesforce", connector_config());
  auto result = harness.sync();
  EXPECT_EQ(result.status.kind(), sdk::FailureKind::kQuotaExhausted) << result.status.to_string();
  EXPECT_TRUE(harness.leads().empty());
}

}  // namespace
}  // namespace tributary::sandbox::salesforce
