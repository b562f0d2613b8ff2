// The Copper connector (plugins/copper) against this fake over real HTTP, through the host's
// HTTP client: per user and organisation-local day its metrics equal the expected totals, also
// when 429s are injected mid-run, and a deleted day goes to zero on the next run.
#include <map>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "host/http/http_client.h"
#include "plugins/copper/copper_connector.h"
#include "tests/copper/fake_host.h"
#include "tests/sandbox/copper/copper_fixture.h"
#include "tests/sandbox/copper/expected.h"

namespace tributary::sandbox::copper {
namespace {

namespace json = boost::json;

using Values = std::map<std::tuple<std::string, std::string, std::string>, double>;  // user, type, day

constexpr const char* kFrom = "2024-10-28";
constexpr const char* kTo = "2024-11-10";

class CopperConnectorE2E : public testkit::CopperServerTest {
 protected:
  static void SetUpTestSuite() { host::init_curl_globally(); }

  sdk::FetchContext context(sdk::HostServices& services) const {
    sdk::FetchContext ctx;
    ctx.config = assumed_config();
    ctx.config["api_key"] = "demo-copper-key";
    ctx.config["user_email"] = "owner@example.com";
    ctx.config["base_url"] = api("");
    auto zone = date::locate_zone("America/Denver");
    auto start = date::local_days{date::year{2024} / date::October / 28};
    auto end = date::local_days{date::year{2024} / date::November / 11};
    auto unix = [&](date::local_days d) {
      return date::floor<std::chrono::seconds>(zone->to_sys(d, date::choose::earliest)).time_since_epoch().count();
    };
    ctx.window = {kFrom, kTo, unix(start), unix(end)};
    ctx.org.timezone = "America/Denver";
    ctx.users = {{"rep1", "rep1@example.com", "Rep One", {}}, {"rep2", "rep2@example.com", "Rep Two", {}},
                 {"rep3", "rep3@example.com", "Rep Three", {}}, {"rep4", "rep4@example.com", "Rep Four", {}},
                 {"newhire", "newhire@example.com", "New Hire", {}}};
    ctx.host = &services;
    return ctx;
  }

  sdk::NormalizeOutput run() {
    host::HttpPolicy policy;
    policy.max_retries = 10;
    policy.backoff_base_ms = 2;
    policy.backoff_max_ms = 1500;  // injected 429s say Retry-After: 1, which must be honoured
    // The unit's services with the host's real HTTP client (libcurl, retries) underneath.
    host::Redactor redactor;
    host::CurlHttpClient curl(policy, nullptr, &redactor, nullptr, nullptr);
    ::tributary::copper::testkit::FakeHost services;
    services.http_.handler = [&](const sdk::HttpRequest& r) { return curl.send(r); };
    services.http_.max_requests = 100'000;  // a real sync pages through the whole account
    auto ctx = context(services);
    ::tributary::copper::CopperConnector connector;
    auto fetched = connector.fetch(ctx);
    EXPECT_TRUE(fetched.ok()) << fetched.status().to_string();
    if (!fetched.ok()) return {};
    auto out = connector.normalize(ctx, *fetched);
    EXPECT_TRUE(out.ok()) << out.status().to_string();
    return out.ok() ? *out : sdk::NormalizeOutput{};
  }

  static Values values_of(const sdk::NormalizeOutput& out) {
    Values v;
    for (const auto& m : out.metrics) v[{m.user_id, m.type, m.date}] = m.value;
    return v;
  }

  Values expected_values() {
    auto doc = client_.get(url(std::string("/_sandbox/expected/copper?from=") + kFrom + "&to=" + kTo +
                               "&tz=America/Denver")).json();
    Values v;
    for (const auto& u : doc.at("users").as_array()) {
      if (!u.at("rep").as_bool()) continue;
      std::string user = "rep" + std::to_string(u.at("copper_user_id").as_int64() - kOwnerId);
      for (const auto& d : u.at("days").as_array()) {
        for (const char* type : {"email_quantity", "phone_call_quantity", "lead_progression_a", "lead_progression_b",
                                 "lead_progression_c", "new_sales_wholesale", "new_sales_distribution"}) {
          double value = d.at(type).to_number<double>();
          if (value != 0) v[{user, type, std::string(d.at("date").as_string())}] = value;
        }
      }
    }
    return v;
  }
};

TEST_F(CopperConnectorE2E, DailyValuesEqualTheExpectedTotals) {
  auto out = run();
  EXPECT_EQ(out.covered_users, (std::vector<std::string>{"rep1", "rep2", "rep3", "rep4"}));
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_EQ(out.notes[0].status.kind(), sdk::FailureKind::kNotFound);
  auto expected = expected_values();
  EXPECT_GT(expected.size(), 50u);
  EXPECT_EQ(values_of(out), expected);
}

TEST_F(CopperConnectorE2E, InjectedRateLimitsAreRetriedAndChangeNothing) {
  auto clean = values_of(run());
  ASSERT_EQ(client_.request("POST", url("/_sandbox/faults"), {"Content-Type: application/json"},
                            R"({"fault_429":0.15})").status, 200);
  auto throttled = values_of(run());
  auto stats = client_.get(url("/_sandbox/stats")).json();
  EXPECT_GT(stats.at("vendors").at("copper").at("injected_429").to_number<std::int64_t>(), 0);
  EXPECT_EQ(throttled, clean);
}

TEST_F(CopperConnectorE2E, ADeletedDayGoesToZeroOnTheNextRun) {
  auto before = values_of(run());
  ASSERT_TRUE(before.count({"rep1", "email_quantity", "2024-11-05"}));
  ASSERT_EQ(client_.request("POST", url("/_sandbox/copper/delete-activities?user_id=2001&date=2024-11-05")).status, 200);
  auto after = values_of(run());
  EXPECT_FALSE(after.count({"rep1", "email_quantity", "2024-11-05"}));
  EXPECT_FALSE(after.count({"rep1", "phone_call_quantity", "2024-11-05"}));
  EXPECT_EQ(after, expected_values());
}

}  // namespace
}  // namespace tributary::sandbox::copper
