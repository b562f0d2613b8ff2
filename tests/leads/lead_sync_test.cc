#include "host/leads/lead_sync.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "tests/leads/lead_builders.h"

namespace tributary::host {
namespace {

using testing::crm_record;
using testing::manual_row;

constexpr std::int64_t kFirst = 1717236000;   // 2024-06-01T10:00:00Z
constexpr std::int64_t kSecond = 1717239600;  // an hour later

LeadSyncInput input(std::int64_t now = kFirst) { return {"hubspot", "US", now}; }

// What the store would hold after applying a plan on top of `rows`.
std::vector<LeadRow> applied(std::vector<LeadRow> rows, const LeadSyncPlan& plan) {
  for (const auto& u : plan.updates) {
    for (auto& r : rows) {
      if (r.id == u.id) r = u;
    }
  }
  rows.insert(rows.end(), plan.inserts.begin(), plan.inserts.end());
  return rows;
}

TEST(LeadSync, FirstSyncCreatesEveryRecordOnceWithOriginCrm) {
  auto plan = plan_lead_sync({},
                             {crm_record("51", "Ann Lee", "303-555-0142", "ann@example.com"),
                              crm_record("52", "Ben Ode", "+1 720 555 0199")},
                             input());
  ASSERT_EQ(plan.inserts.size(), 2u);
  EXPECT_TRUE(plan.updates.empty());
  const auto& ann = plan.inserts[0];
  EXPECT_EQ(ann.id, "hubspot_51");
  EXPECT_EQ(ann.crm_source, "hubspot");
  EXPECT_EQ(ann.crm_id, "51");
  EXPECT_EQ(ann.origin, "crm");
  EXPECT_EQ(ann.phone_e164, "+13035550142");
  EXPECT_EQ(ann.crm_status, "NEW");
  EXPECT_EQ(ann.created_at, kFirst);
  EXPECT_EQ(ann.updated_at, kFirst);
  EXPECT_TRUE(ann.manual_fields.empty());
  EXPECT_EQ(plan.summary.created, 2);
  EXPECT_EQ(plan.summary.received, 2);
}

TEST(LeadSync, TheSameRecordsAgainChangeNothing) {
  std::vector<sdk::LeadRecord> records = {crm_record("51", "Ann Lee", "303-555-0142"),
                                          crm_record("52", "Ben Ode", "bad phone")};
  auto stored = applied({}, plan_lead_sync({}, records, input()));
  auto again = plan_lead_sync(stored, records, input(kSecond));
  EXPECT_TRUE(again.inserts.empty());
  EXPECT_TRUE(again.updates.empty());
  EXPECT_EQ(again.summary.unchanged, 2);
  EXPECT_EQ(again.summary.created + again.summary.updated, 0);
}

TEST(LeadSync, AChangedRecordUpdatesOnlyItsLeadAndKeepsCreatedAt) {
  auto stored = applied(
      {}, plan_lead_sync({}, {crm_record("51", "Ann Lee"), crm_record("52", "Ben Ode")}, input()));
  auto changed = crm_record("52", "Ben Ode");
  changed.status = "CONNECTED";
  auto plan = plan_lead_sync(stored, {crm_record("51", "Ann Lee"), changed}, input(kSecond));
  ASSERT_EQ(plan.updates.size(), 1u);
  EXPECT_EQ(plan.updates[0].id, "hubspot_52");
  EXPECT_EQ(plan.updates[0].crm_status, "CONNECTED");
  EXPECT_EQ(plan.updates[0].created_at, kFirst);
  EXPECT_EQ(plan.updates[0].updated_at, kSecond);
  EXPECT_EQ(plan.summary.updated, 1);
  EXPECT_EQ(plan.summary.unchanged, 1);
}

TEST(LeadSync, CrmIdIsMatchedBeforePhone) {
  auto linked =
      applied({}, plan_lead_sync({}, {crm_record("51", "Ann Lee", "303-555-0142")}, input()));
  // A hand-entered lead with the number the CRM contact now has must not steal the match.
  linked.push_back(manual_row("manual_1", "Someone", "+13035550177"));
  auto plan = plan_lead_sync(linked, {crm_record("51", "Ann Lee", "303-555-0177")}, input(kSecond));
  ASSERT_EQ(plan.updates.size(), 1u);
  EXPECT_EQ(plan.updates[0].id, "hubspot_51");
  EXPECT_EQ(plan.updates[0].phone_e164, "+13035550177");
  EXPECT_EQ(plan.summary.matched_by_phone, 0);
}

TEST(LeadSync, ManualLeadWithTheSamePhoneIsMatchedAndItsManualFieldsSurvive) {
  std::vector<LeadRow> stored = {manual_row("manual_1", "Annie (met at expo)", "+13035550142")};
  auto record = crm_record("51", "Ann Lee", "(303) 555-0142", "ann@example.com");
  record.owner_name = "Rep One";
  auto plan = plan_lead_sync(stored, {record}, input(kSecond));
  EXPECT_TRUE(plan.inserts.empty());
  ASSERT_EQ(plan.updates.size(), 1u);
  const auto& lead = plan.updates[0];
  EXPECT_EQ(lead.id, "manual_1");
  EXPECT_EQ(lead.origin, "manual");
  EXPECT_EQ(lead.crm_source, "hubspot");
  EXPECT_EQ(lead.crm_id, "51");
  EXPECT_EQ(lead.name, "Annie (met at expo)");  // set by a person
  EXPECT_EQ(lead.email, "ann@example.com");     // the person left it empty: the CRM fills it
  EXPECT_EQ(lead.crm_owner, "Rep One");
  EXPECT_EQ(plan.summary.matched_by_phone, 1);

  // Linked now: the next sync finds it by CRM id and still leaves the name alone.
  auto renamed = record;
  renamed.name = "Ann Lee-Smith";
  auto next = plan_lead_sync(applied(stored, plan), {renamed}, input(kSecond + 60));
  EXPECT_TRUE(next.updates.empty());
  EXPECT_EQ(next.summary.unchanged, 1);
  EXPECT_EQ(next.summary.matched_by_phone, 0);
}

TEST(LeadSync, PhoneIsMatchedBeforeEmailAndEmailIgnoresCase) {
  std::vector<LeadRow> stored = {manual_row("by_email", "E", "", "ann@example.com"),
                                 manual_row("by_phone", "P", "+13035550142")};
  stored[0].created_at = 1;  // older, so only the key order can make by_phone win
  auto plan =
      plan_lead_sync(stored, {crm_record("51", "Ann", "303 555 0142", "ann@example.com")}, input());
  ASSERT_EQ(plan.updates.size(), 1u);
  EXPECT_EQ(plan.updates[0].id, "by_phone");

  auto by_email = plan_lead_sync({manual_row("by_email", "E", "", "ann@example.com")},
                                 {crm_record("51", "Ann", "", "ANN@Example.com ")}, input());
  ASSERT_EQ(by_email.updates.size(), 1u);
  EXPECT_EQ(by_email.updates[0].id, "by_email");
  EXPECT_EQ(by_email.summary.matched_by_email, 1);
}

TEST(LeadSync, ALeadLinkedToOneRecordIsNotTakenOverByAnotherWithTheSamePhone) {
  auto plan = plan_lead_sync({},
                             {crm_record("51", "Front desk A", "303-555-0100"),
                              crm_record("52", "Front desk B", "303-555-0100")},
                             input());
  EXPECT_EQ(plan.inserts.size(), 2u);
  auto again = plan_lead_sync(applied({}, plan),
                              {crm_record("52", "Front desk B", "303-555-0100"),
                               crm_record("51", "Front desk A", "303-555-0100")},
                              input(kSecond));
  EXPECT_EQ(again.summary.unchanged, 2);
}

TEST(LeadSync, FieldsAPersonEditedOnACrmLeadAreNeverOverwritten) {
  auto stored = applied({}, plan_lead_sync({}, {crm_record("51", "Ann Lee")}, input()));
  stored[0].crm_status = "Called twice, call back Monday";
  stored[0].manual_fields = {"crm_status"};
  auto changed = crm_record("51", "Ann B. Lee");
  changed.status = "OPEN";
  auto plan = plan_lead_sync(stored, {changed}, input(kSecond));
  ASSERT_EQ(plan.updates.size(), 1u);
  EXPECT_EQ(plan.updates[0].crm_status, "Called twice, call back Monday");
  EXPECT_EQ(plan.updates[0].name, "Ann B. Lee");
}

TEST(LeadSync, ArchivedRecordsMarkTheirLeadAndNothingIsDeleted) {
  auto stored =
      applied({}, plan_lead_sync({}, {crm_record("51", "Ann"), crm_record("52", "Ben")}, input()));
  auto gone = crm_record("52", "Ben");
  gone.archived = true;
  auto unknown = crm_record("99", "Never seen");
  unknown.archived = true;
  auto plan = plan_lead_sync(stored, {crm_record("51", "Ann"), gone, unknown}, input(kSecond));
  ASSERT_EQ(plan.updates.size(), 1u);
  EXPECT_EQ(plan.updates[0].id, "hubspot_52");
  EXPECT_EQ(plan.updates[0].archived_at, kSecond);
  EXPECT_EQ(plan.summary.archived, 1);
  EXPECT_EQ(plan.summary.skipped.count, 1);
  EXPECT_EQ(plan.summary.skipped.examples.at(0).crm_id, "99");

  // Reported archived again: already marked, so unchanged.
  auto after = applied(stored, plan);
  auto again = plan_lead_sync(after, {gone}, input(kSecond + 60));
  EXPECT_TRUE(again.updates.empty());
  EXPECT_EQ(again.summary.unchanged, 1);

  // Restored in the CRM: the mark goes.
  auto restored = plan_lead_sync(after, {crm_record("52", "Ben")}, input(kSecond + 120));
  ASSERT_EQ(restored.updates.size(), 1u);
  EXPECT_EQ(restored.updates[0].archived_at, 0);
}

TEST(LeadSync, ABadPhoneKeepsTheLeadWithoutAPhoneAndSaysWhy) {
  auto plan = plan_lead_sync({}, {crm_record("51", "Ann", "1-800-FLOWERS")}, input());
  ASSERT_EQ(plan.inserts.size(), 1u);
  EXPECT_EQ(plan.inserts[0].phone_e164, "");
  EXPECT_EQ(plan.summary.created, 1);
  EXPECT_EQ(plan.summary.skipped.count, 0);
  EXPECT_EQ(plan.summary.phone_rejected.count, 1);
  EXPECT_EQ(plan.summary.phone_rejected.examples.at(0).crm_id, "51");
  EXPECT_NE(plan.summary.phone_rejected.examples.at(0).reason.find("letters"), std::string::npos);
}

TEST(LeadSync, ARecordWithoutACrmIdIsSkippedWithAReason) {
  auto plan = plan_lead_sync({}, {crm_record("", "Nobody", "303-555-0142")}, input());
  EXPECT_TRUE(plan.inserts.empty());
  EXPECT_EQ(plan.summary.skipped.count, 1);
  EXPECT_EQ(plan.summary.skipped.by_reason.size(), 1u);
}

TEST(LeadSync, TheSameCrmIdTwiceInOneBatchKeepsTheNewest) {
  auto older = crm_record("51", "Old name");
  older.modified_at = "2024-06-01T10:00:00Z";
  auto newer = crm_record("51", "New name");
  newer.modified_at = "2024-06-01T11:00:00Z";
  auto plan = plan_lead_sync({}, {newer, older}, input());
  ASSERT_EQ(plan.inserts.size(), 1u);
  EXPECT_EQ(plan.inserts[0].name, "New name");
  EXPECT_EQ(plan.summary.duplicates, 1);
}

TEST(LeadSync, SummaryJsonCarriesEveryCount) {
  auto plan = plan_lead_sync({}, {crm_record("51", "Ann", "12"), crm_record("", "X")}, input());
  auto json = boost::json::serialize(plan.summary.to_json());
  EXPECT_NE(json.find(R"("created":1)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("phone_rejected":{"count":1)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("skipped":{"count":1)"), std::string::npos) << json;
}

}  // namespace
}  // namespace tributary::host
