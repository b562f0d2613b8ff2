#include "plugins/salesforce/normalize.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "tests/salesforce/salesforce_testing.h"

namespace tributary::salesforce {
namespace {

using namespace testing;

sdk::FetchResult read_all() {
  sdk::FetchResult f;
  f.context = {{"limit_info", "api-usage=42/15000"}, {"session_refreshes", 1}};
  f.pages = {{"Contact", fixture("contacts-page-0.json"), {}},
             {"Contact", fixture("contacts-page-1.json"), {}},
             {"Lead", fixture("leads-page-0.json"), {}}};
  return f;
}

const sdk::LeadRecord& lead(const sdk::NormalizeOutput& out, const std::string& id) {
  for (const auto& l : out.leads) {
    if (l.crm_id == id) return l;
  }
  throw std::runtime_error("no lead " + id);
}

TEST(SalesforceNormalize, ContactsAndLeadsBecomeLeadsWithTheirOwner) {
  auto out = normalize_records({}, read_all());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  ASSERT_EQ(out->leads.size(), 5u);
  const auto& ann = lead(*out, "003D000000QV9n2IAD");
  EXPECT_EQ(ann.name, "Ann Lee");
  EXPECT_EQ(ann.email, "ann.lee@example.com");
  EXPECT_EQ(ann.phone, "(303) 555-0142");
  EXPECT_EQ(ann.owner_name, "Rep One");
  EXPECT_EQ(ann.owner_email, "rep1@example.com");
  EXPECT_EQ(ann.stage, "contact");
  EXPECT_EQ(ann.status, "");
  EXPECT_EQ(ann.description, "Met at the Denver expo");
  EXPECT_EQ(ann.last_activity_at, "2024-06-02T00:00:00Z");
  EXPECT_EQ(ann.modified_at, "2024-06-03T17:04:11Z");
  EXPECT_EQ(
      boost::json::serialize(ann.metadata),
      R"({"object":"Contact","owner_id":"005D0000001AbCdIAK","mobile_phone":"303-555-0123"})");

  const auto& ode = lead(*out, "003D000000QV9n3IAD");
  EXPECT_EQ(ode.name, "Ode");
  EXPECT_EQ(ode.phone, "+1 720 234 5678");  // MobilePhone stands in for a missing Phone
  EXPECT_EQ(ode.email, "");

  const auto& dee = lead(*out, "00QD000000GqXyZMAV");
  EXPECT_EQ(dee.stage, "lead");
  EXPECT_EQ(dee.status, "Open - Not Contacted");
  EXPECT_EQ(dee.owner_name, "Inbound queue");
  EXPECT_EQ(dee.owner_email, "");
  EXPECT_FALSE(dee.archived);
}

TEST(SalesforceNormalize, AConvertedLeadIsReportedArchived) {
  auto out = normalize_records({}, read_all());
  ASSERT_TRUE(out.ok());
  const auto& converted = lead(*out, "00QD000000GqXz0MAF");
  EXPECT_TRUE(converted.archived);
  EXPECT_TRUE(converted.metadata.at("converted").as_bool());
  EXPECT_EQ(out->summary.at("Lead").at("converted").as_int64(), 1);
}

TEST(SalesforceNormalize, EachObjectsCursorIsItsLastRecordRead) {
  auto out = normalize_records({}, read_all());
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->state.at("contact_cursor"), "2024-06-04T08:00:00Z|003D000000QV9n1IAD");
  // Leads come back in the server's order: the converted lead (06-02) is read last.
  EXPECT_EQ(out->state.at("lead_cursor"), "2024-06-02T09:30:00Z|00QD000000GqXz0MAF");
}

TEST(SalesforceNormalize, SummaryCarriesApiUsageAndWhenToResume) {
  auto fetched = read_all();
  fetched.pages.pop_back();
  fetched.context["stopped"] = {
      {"object", "Lead"}, {"code", "REQUEST_LIMIT_EXCEEDED"}, {"message", "limit"}};
  auto out = normalize_records({}, fetched);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->summary.at("api_usage").as_int64(), 42);
  EXPECT_EQ(out->summary.at("api_limit").as_int64(), 15000);
  EXPECT_EQ(out->summary.at("session_refreshes").as_int64(), 1);
  EXPECT_TRUE(has(std::string(out->summary.at("stopped").at("resume").as_string()), "24 h"));
  EXPECT_FALSE(out->state.count("lead_cursor"));  // nothing read: the old cursor stays
  EXPECT_EQ(out->state.count("contact_cursor"), 1u);
}

}  // namespace
}  // namespace tributary::salesforce
