// The leads SQL (host/store/sqlite_leads.cc) through the Store interface: a unit's leads land in
// its transaction with its state, re-running changes nothing, people's edits stay.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "host/store/store.h"
#include "tests/leads/lead_builders.h"
#include "tests/store/temp_dir.h"

namespace tributary::host {
namespace {

using testing::crm_record;

constexpr std::int64_t kNow = 1717236000;

UnitWrite crm_unit(std::vector<sdk::LeadRecord> leads, std::int64_t now = kNow) {
  UnitWrite w;
  w.source = "hubspot";
  w.state_scope = "crm-contacts/hubspot";
  w.state = {{"contacts_bookmark_ms", std::to_string(now * 1000)}};
  w.leads = std::move(leads);
  w.default_country = "US";
  w.now_unix = now;
  return w;
}

class SqliteLeads : public ::testing::Test {
 protected:
  tributary::testing::TempDir dir_;
  StorePtr store_ = open_sqlite_store(dir_.file("t.db"));
};

TEST_F(SqliteLeads, AUnitsLeadsAndStateCommitTogetherAndARerunChangesNothing) {
  auto unit = crm_unit({crm_record("51", "Ann Lee", "(303) 555-0142", "ann@example.com"),
                        crm_record("52", "Ben Ode", "1-800-FLOWERS")});
  auto stats = store_->commit_unit(unit);
  EXPECT_EQ(stats.leads.created, 2);
  EXPECT_EQ(stats.leads.phone_rejected.count, 1);
  EXPECT_EQ(store_->get_state("crm-contacts/hubspot", "contacts_bookmark_ms"),
            std::to_string(kNow * 1000));
  auto rows = store_->leads({});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, "hubspot_51");
  EXPECT_EQ(rows[0].phone_e164, "+13035550142");
  EXPECT_EQ(rows[0].created_at, kNow);
  EXPECT_EQ(rows[1].phone_e164, "");
  EXPECT_NE(rows[1].metadata.find("phone_rejected"), std::string::npos);

  auto again = store_->commit_unit(crm_unit(unit.leads, kNow + 3600));
  EXPECT_EQ(again.leads.unchanged, 2);
  auto after = store_->leads({});
  EXPECT_EQ(after[0].updated_at, kNow);
  EXPECT_EQ(after[1].metadata, rows[1].metadata);
}

TEST_F(SqliteLeads, ManualLeadsAreEditedAddedAndFilteredBySource) {
  auto manual = store_->save_manual_lead(
      {"", {{"name", "Walk-in"}, {"phone_e164", "720-555-0101"}}}, "US", kNow);
  EXPECT_EQ(manual.id, "manual_1");
  EXPECT_EQ(manual.phone_e164, "+17205550101");
  store_->commit_unit(crm_unit({crm_record("51", "Ann Lee", "+1 720 555 0101", "ann@example.com"),
                                crm_record("52", "Ben Ode")}));
  auto linked = store_->leads({std::string("manual")});
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].crm_id, "51");
  EXPECT_EQ(linked[0].name, "Walk-in");
  EXPECT_EQ(linked[0].email, "ann@example.com");
  EXPECT_EQ(store_->leads({std::string("hubspot")}).size(), 2u);

  auto edited =
      store_->save_manual_lead({"hubspot_52", {{"crm_status", "Call Monday"}}}, "US", kNow + 5);
  EXPECT_EQ(edited.manual_fields, (std::set<std::string>{"crm_status"}));
  auto changed = crm_record("52", "Ben Ode");
  changed.status = "CONNECTED";
  store_->commit_unit(crm_unit({changed}, kNow + 60));
  for (const auto& r : store_->leads({})) {
    if (r.id == "hubspot_52") {
      EXPECT_EQ(r.crm_status, "Call Monday");
    }
  }
  EXPECT_THROW(store_->save_manual_lead({"nope", {{"name", "x"}}}, "US", kNow), StoreError);
  EXPECT_THROW(store_->save_manual_lead({"", {{"phone_e164", "555-123-4567"}}}, "US", kNow),
               StoreError);
}

TEST_F(SqliteLeads, ARowWrittenAsManualWithoutAListKeepsEverythingItHolds) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir_.file("t.db").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(
            db,
            "INSERT INTO leads(id, name, email, phone_e164, origin, created_at, updated_at)"
            " VALUES ('dash-1', 'Typed by sales', 'typed@example.com', '+13035550142', 'manual',"
            " '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
            nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
  }
  auto stats = store_->commit_unit(
      crm_unit({crm_record("51", "Ann Lee", "303-555-0142", "ann@example.com")}));
  EXPECT_EQ(stats.leads.matched_by_phone, 1);
  auto rows = store_->leads({});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].name, "Typed by sales");
  EXPECT_EQ(rows[0].email, "typed@example.com");
  EXPECT_EQ(rows[0].crm_status, "NEW");  // left empty by the person: the CRM fills it
}

}  // namespace
}  // namespace tributary::host
