#include "host/leads/incoming_lead.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "tests/leads/lead_builders.h"

namespace tributary::host {
namespace {

using testing::crm_record;

boost::json::object metadata_of(const IncomingLead& in) {
  return boost::json::parse(in.values.metadata).as_object();
}

TEST(IncomingLead, PhoneGoesThroughTheE164NormaliserWithTheDefaultCountry) {
  auto us = incoming_lead(crm_record("1", "Ann", "(303) 555-0142"), "hubspot", "US");
  EXPECT_EQ(us.values.phone_e164, "+13035550142");
  auto gb = incoming_lead(crm_record("2", "Ben", "020 7946 0958"), "hubspot", "GB");
  EXPECT_EQ(gb.values.phone_e164, "+442079460958");
  auto international = incoming_lead(crm_record("3", "Cy", "+1 720 555 0199"), "hubspot", "GB");
  EXPECT_EQ(international.values.phone_e164, "+17205550199");
  EXPECT_TRUE(us.phone_reason.empty());
}

TEST(IncomingLead, ExtensionGoesToMetadata) {
  auto in = incoming_lead(crm_record("1", "Ann", "303-555-0142 ext. 17"), "hubspot", "US");
  EXPECT_EQ(in.values.phone_e164, "+13035550142");
  EXPECT_EQ(metadata_of(in).at("phone_extension").as_string(), "17");
}

TEST(IncomingLead, RejectedPhoneIsKeptOutWithItsReason) {
  // 555-123-4567: the exchange 123 starts with 1, which NANP does not allow.
  auto in = incoming_lead(crm_record("1", "Ann", "555-123-4567"), "hubspot", "US");
  EXPECT_EQ(in.values.phone_e164, "");
  EXPECT_NE(in.phone_reason.find("exchange"), std::string::npos) << in.phone_reason;
  auto metadata = metadata_of(in);
  EXPECT_EQ(metadata.at("phone_raw").as_string(), "555-123-4567");
  EXPECT_EQ(metadata.at("phone_rejected").as_string(), in.phone_reason);
}

TEST(IncomingLead, NoPhoneIsNotARejection) {
  auto in = incoming_lead(crm_record("1", "Ann", "  "), "hubspot", "US");
  EXPECT_EQ(in.values.phone_e164, "");
  EXPECT_EQ(in.phone_reason, "");
}

TEST(IncomingLead, EmailKeyIsTrimmedAndLowerCasedButTheStoredEmailKeepsItsCase) {
  auto in = incoming_lead(crm_record("1", "Ann", "", " Ann.Lee@Example.COM "), "hubspot", "US");
  EXPECT_EQ(in.email_key, "ann.lee@example.com");
  EXPECT_EQ(in.values.email, "Ann.Lee@Example.COM");
}

TEST(IncomingLead, ConnectorMetadataAndModificationTimeAreKept) {
  auto record = crm_record("1", "Ann");
  record.metadata["object"] = "Contact";
  auto in = incoming_lead(record, "salesforce", "US");
  EXPECT_EQ(in.values.crm_source, "salesforce");
  EXPECT_EQ(in.values.metadata, R"({"object":"Contact","crm_modified_at":"2024-06-01T10:00:00Z"})");
}

}  // namespace
}  // namespace tributary::host
