#include "host/leads/manual_edit.h"

#include <gtest/gtest.h>

namespace tributary::host {
namespace {

TEST(ManualEdit, ANewLeadIsManualAndEveryGivenFieldIsPinned) {
  auto row =
      apply_manual_edit({}, {"", {{"name", "Ann"}, {"phone_e164", "(303) 555-0142"}}}, "US", 500);
  ASSERT_TRUE(row.ok()) << row.status().to_string();
  EXPECT_EQ(row->origin, "manual");
  EXPECT_EQ(row->phone_e164, "+13035550142");
  EXPECT_EQ(row->manual_fields, (std::set<std::string>{"name", "phone_e164"}));
  EXPECT_EQ(row->created_at, 500);
  EXPECT_EQ(row->updated_at, 500);
}

TEST(ManualEdit, EditingACrmLeadPinsOnlyTheEditedField) {
  LeadRow crm;
  crm.id = "hubspot_51";
  crm.crm_source = "hubspot";
  crm.crm_id = "51";
  crm.crm_status = "NEW";
  crm.created_at = 100;
  auto row = apply_manual_edit(crm, {"hubspot_51", {{"crm_status", "Call Monday"}}}, "US", 600);
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->origin, "crm");
  EXPECT_EQ(row->crm_status, "Call Monday");
  EXPECT_EQ(row->manual_fields, (std::set<std::string>{"crm_status"}));
  EXPECT_EQ(row->created_at, 100);
}

TEST(ManualEdit, UnknownFieldAndBadPhoneAreRefusedWithWhatWouldBeRight) {
  auto unknown = apply_manual_edit({}, {"", {{"phone", "1"}}}, "US", 1);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().message(),
            "'phone' is not a lead field; expected one of name, email, phone_e164, crm_owner, "
            "crm_owner_email, crm_status, crm_stage, crm_description, crm_last_activity_at");
  auto bad = apply_manual_edit({}, {"", {{"phone_e164", "555-123-4567"}}}, "US", 1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(bad.status().message().find("phone '555-123-4567' was not accepted: "),
            std::string::npos);
  EXPECT_FALSE(apply_manual_edit({}, {"", {}}, "US", 1).ok());
}

}  // namespace
}  // namespace tributary::host
