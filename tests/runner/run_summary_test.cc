// The summary of a run whose connector ran out of daily quota.
#include "host/runner/run_summary.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "tributary/sdk/time.h"

namespace tributary::host {
namespace {

UnitResult unit(const std::string& connector, const std::string& user) {
  UnitResult r;
  r.connector_name = connector;
  r.plugin_name = connector;
  r.user_ids = {user};
  r.covered = {user};
  return r;
}

RunOutcome outcome_with_deferral(std::int64_t resume_at) {
  RunOutcome o;
  o.pipeline = "crm";
  o.window = {"2024-06-01", "2024-06-03", 0, 0};
  o.timezone = "America/Denver";
  o.users = {{"u1", "u1@example.com", "U1", {}}, {"u2", "u2@example.com", "U2", {}}};
  o.units.push_back(unit("salesforce", "u1"));
  auto hit = unit("salesforce", "u2");
  hit.covered.clear();
  hit.status = sdk::Status::quota_exhausted("REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.",
                                            std::chrono::seconds{3600});
  hit.deferred = true;
  hit.resume_at = resume_at;
  o.units.push_back(hit);
  return o;
}

TEST(RunSummary, ADeferredUserIsNeitherSuccessNorFailure) {
  std::string status;
  auto s = build_summary(outcome_with_deferral(1'717'430'400), status);
  EXPECT_EQ(status, "partial");
  EXPECT_EQ(s.at("successCount").as_int64(), 1);
  EXPECT_EQ(s.at("failCount").as_int64(), 0);
  EXPECT_EQ(s.at("deferredCount").as_int64(), 1);
  const auto& u2 = s.at("results").as_array()[1].as_object();
  EXPECT_FALSE(u2.at("success").as_bool());
  EXPECT_TRUE(u2.at("deferred").as_bool());
  const auto& entry = u2.at("sources").at("salesforce").as_object();
  EXPECT_EQ(entry.at("status").as_string(), "deferred");
  EXPECT_EQ(entry.at("resumeAt").as_string(), "2024-06-03T16:00:00Z");  // 1717430400
}

TEST(RunSummary, TheConnectorSaysItStoppedAndWhenItCanResume) {
  std::string status;
  auto s = build_summary(outcome_with_deferral(1'717'430'400), status);
  const auto& c = s.at("connectors").at("salesforce").as_object();
  EXPECT_EQ(c.at("units").as_int64(), 2);
  EXPECT_EQ(c.at("failedUnits").as_int64(), 0);
  EXPECT_EQ(c.at("deferredUnits").as_int64(), 1);
  EXPECT_EQ(c.at("quotaExhausted").at("resumeAt").as_string(), "2024-06-03T16:00:00Z");
  auto text = format_summary(s);
  EXPECT_NE(text.find("connector salesforce stopped: quota exhausted (REQUEST_LIMIT_EXCEEDED"),
            std::string::npos) << text;
  EXPECT_NE(text.find("resume after 2024-06-03T16:00:00Z"), std::string::npos) << text;
  EXPECT_NE(text.find("1 deferred"), std::string::npos) << text;
}

TEST(RunSummary, AnUnknownResumeTimeIsNull) {
  std::string status;
  auto s = build_summary(outcome_with_deferral(0), status);
  EXPECT_TRUE(s.at("connectors").at("salesforce").at("quotaExhausted").at("resumeAt").is_null());
  EXPECT_NE(format_summary(s).find("resume when the vendor's quota resets"), std::string::npos);
}


// A CRM feeding the leads table runs once for the account and reports no user: that is no skip
// and no warning per user; its outcome is the leads summary on the connector's line.
RunOutcome outcome_with_crm(sdk::Status crm_status) {
  RunOutcome o;
  o.pipeline = "crm-contacts";
  o.window = {"2024-06-01", "2024-06-01", 0, 0};
  o.timezone = "America/Denver";
  o.users = {{"u1", "u1@example.com", "U1", {}}, {"u2", "u2@example.com", "U2", {}}};
  UnitResult crm;
  crm.connector_name = crm.plugin_name = "hubspot";
  crm.user_ids = {"u1", "u2"};
  crm.leads_only = true;
  crm.status = crm_status;
  crm.writes.leads.received = 3;
  crm.writes.leads.created = 2;
  crm.writes.leads.unchanged = 1;
  crm.writes.leads.skipped.add("7", "no name, email or phone");
  crm.summary["leads"] = crm.writes.leads.to_json();
  o.units.push_back(crm);
  return o;
}

TEST(RunSummary, ALeadOnlyConnectorSkipsNobodyAndSumsUpItsLeads) {
  std::string status;
  auto s = build_summary(outcome_with_crm(sdk::Status::success()), status);
  EXPECT_EQ(status, "success");
  EXPECT_EQ(s.at("skippedCount").as_int64(), 0);
  for (const auto& r : s.at("results").as_array()) {
    EXPECT_TRUE(r.at("warnings").as_array().empty()) << boost::json::serialize(r);
    EXPECT_EQ(r.at("sources").at("hubspot").at("status").as_string(), "ok");
  }
  EXPECT_EQ(s.at("connectors").at("hubspot").at("leads").at("created").as_int64(), 2);
  auto text = format_summary(s);
  EXPECT_EQ(text.find("u1 "), std::string::npos) << "no per-user rows for it:\n" << text;
  EXPECT_NE(text.find("connector hubspot leads: received=3 created=2 updated=0 unchanged=1"),
            std::string::npos) << text;
  EXPECT_NE(text.find("skipped 1: no name, email or phone"), std::string::npos) << text;
}

TEST(RunSummary, ALeadOnlyConnectorThatFailsFailsEveryUser) {
  std::string status;
  auto s = build_summary(outcome_with_crm(sdk::Status::auth("HubSpot answered 401")), status);
  EXPECT_EQ(status, "failed");
  EXPECT_EQ(s.at("failCount").as_int64(), 2);
  EXPECT_NE(format_summary(s).find("u1               hubspot      failed"), std::string::npos)
      << format_summary(s);
}

}  // namespace
}  // namespace tributary::host
