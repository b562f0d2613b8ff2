// The Fishbowl connector against tributary-sandbox's fake Fishbowl over real HTTP, through the
// host's HTTP client (libcurl): its metrics equal the fake's independently computed totals, the
// CSV exports of the same orders give identical metrics, and no licence seat is left held after
// a successful fetch, a failed one, a stop request, or a session the server dropped.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

#include "host/http/http_client.h"
#include "plugins/fishbowl/fishbowl_connector.h"
#include "tests/fishbowl/fake_host.h"
#include "tests/sandbox/fishbowl/fishbowl_fixture.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {
namespace {

namespace json = boost::json;
using Cents =
    std::map<std::tuple<std::string, std::string, std::string>, std::int64_t>;  // user, type, day

constexpr const char* kFrom = "2024-10-20";
constexpr const char* kTo = "2024-11-15";  // crosses the 2024-11-03 DST change

class FishbowlSandboxE2E : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { host::init_curl_globally(); }

  void SetUp() override {
    server_ = sandbox::fishbowl::testing::start_fishbowl();
    policy_.max_retries = 0;  // a 500 must reach the connector, not be retried away
    curl_ = std::make_unique<host::CurlHttpClient>(policy_, nullptr, &redactor_, nullptr, nullptr);
    host_.http_.handler = [this](const sdk::HttpRequest& r) {
      if (before_request_) before_request_(r);
      return curl_->send(r);
    };
  }

  json::object config() const {
    json::object aliases;
    for (const auto& s : ledger_directory().salesmen) {
      if (s.user_id.empty()) continue;
      aliases[s.username] = s.user_id;
      aliases[s.initials] = s.user_id;
    }
    return {{"mode", "rest"},
            {"base_url", server_->base_url() + "/fishbowl"},
            {"username", "demo-user"},
            {"password", "demo-pass"},
            {"server_timezone", "America/New_York"},
            {"page_size", 25},
            {"salesman_aliases", aliases}};
  }

  const sandbox::fishbowl::Directory& ledger_directory() const {
    return sandbox::fishbowl::testing::fishbowl_of(*server_).book().directory();
  }

  sdk::FetchContext context(const json::object& c) {
    sdk::FetchContext ctx;
    ctx.config = c;
    ctx.window = {kFrom, kTo, *sdk::local_to_unix(kFrom, "00:00:00", "America/Denver"),
                  *sdk::local_to_unix(sdk::add_days(kTo, 1), "00:00:00", "America/Denver")};
    ctx.org.timezone = "America/Denver";
    ctx.users = {{"rep1", "rep1@example.com", "Rep One", {{"salesman_id", "101"}}},
                 {"rep2", "rep2@example.com", "Rep Two", {}},
                 {"rep3", "rep3@example.com", "Rep Three", {}},
                 {"rep4", "rep4@example.com", "Rep Four", {}}};
    ctx.host = &host_;
    return ctx;
  }

  sdk::Result<sdk::NormalizeOutput> run(const json::object& c) {
    FishbowlConnector connector;
    auto ctx = context(c);
    auto fetched = connector.fetch(ctx);
    if (!fetched) return fetched.status();
    return connector.normalize(ctx, *fetched);
  }

  json::object admin(const std::string& action) {
    sdk::HttpRequest r;
    r.method = "POST";
    r.url = server_->base_url() + "/_sandbox/fishbowl/" + action;
    auto response = curl_->send(r);
    EXPECT_TRUE(response.ok());
    return json::parse(response->body).as_object();
  }

  std::int64_t held() { return admin("seats").at("held").as_int64(); }

  std::string admin_text(const std::string& action) {
    sdk::HttpRequest r;
    r.method = "POST";
    r.url = server_->base_url() + "/_sandbox/fishbowl/" + action;
    return curl_->send(r)->body;
  }

  Cents expected() {
    sdk::HttpRequest r;
    r.url = server_->base_url() + "/_sandbox/expected/fishbowl?from=" + kFrom + "&to=" + kTo +
            "&tz=America/Denver";
    auto body = json::parse(curl_->send(r)->body);
    Cents out;
    for (const auto& [user, totals] : body.at("users").as_object()) {
      for (const auto& [day, d] : totals.at("days").as_object()) {
        if (d.as_object().contains("wholesale_orders"))
          out[{user, "new_sales_wholesale", day}] = d.at("new_sales_wholesale_cents").as_int64();
        if (d.as_object().contains("distribution_orders"))
          out[{user, "new_sales_distribution", day}] =
              d.at("new_sales_distribution_cents").as_int64();
      }
    }
    return out;
  }

  static Cents cents_of(const sdk::NormalizeOutput& out) {
    Cents c;
    for (const auto& m : out.metrics)
      c[{m.user_id, m.type, m.date}] = m.metadata.at("amount_cents").as_int64();
    return c;
  }

  std::unique_ptr<sandbox::SandboxServer> server_;
  host::HttpPolicy policy_;
  host::Redactor redactor_;
  std::unique_ptr<host::CurlHttpClient> curl_;
  testing::FakeHost host_;
  std::function<void(const sdk::HttpRequest&)> before_request_;
};

TEST_F(FishbowlSandboxE2E, RestMetricsEqualTheExpectedTotalsAndNoSeatIsHeld) {
  auto out = run(config());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  auto want = expected();
  EXPECT_GT(want.size(), 40u);
  EXPECT_EQ(cents_of(*out), want);
  EXPECT_EQ(held(), 0);
  EXPECT_GT(out->summary.at("pages").as_int64(), 3) << "paged with LIMIT/OFFSET";
  const auto& unmapped = out->summary.at("unmapped_salesmen").as_array();
  ASSERT_EQ(unmapped.size(), 1u);
  EXPECT_EQ(unmapped[0].at("salesman_id").as_int64(), 99)
      << "one entry per Fishbowl user, all spellings";
  EXPECT_EQ(unmapped[0].at("names").as_array().size(), 2u) << "hkim and HK; case and spaces folded";
  EXPECT_TRUE(out->summary.at("other_channels").as_object().contains("Retail"));
  EXPECT_EQ(out->covered_users, (std::vector<std::string>{"rep1", "rep2", "rep3", "rep4"}));
}

TEST_F(FishbowlSandboxE2E, CsvExportsOfTheSameOrdersGiveIdenticalMetrics) {
  auto rest = run(config());
  ASSERT_TRUE(rest.ok()) << rest.status().to_string();
  auto dir =
      std::filesystem::temp_directory_path() / ("fishbowl-e2e-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const char* format : {"sales_order", "table"}) {
    SCOPED_TRACE(format);
    auto path = dir / (std::string(format) + ".csv");
    std::ofstream(path, std::ios::binary) << admin_text(std::string("export-csv?format=") + format);
    auto c = config();
    c["mode"] = "csv";
    c["csv_path"] = path.string();
    auto csv = run(c);
    ASSERT_TRUE(csv.ok()) << csv.status().to_string();
    EXPECT_EQ(cents_of(*csv), cents_of(*rest));
    EXPECT_EQ(csv->summary.at("bad_row_count").as_int64(), 0)
        << json::serialize(csv->summary.at("bad_rows"));
  }
  std::filesystem::remove_all(dir);
}

TEST_F(FishbowlSandboxE2E, AFailedFetchStillLogsOut) {
  admin("fail-queries?count=1&status=500");
  auto out = run(config());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kTransient) << out.status().to_string();
  EXPECT_EQ(held(), 0);
  EXPECT_EQ(admin("seats").at("logins").as_int64(), 1);
}

TEST_F(FishbowlSandboxE2E, AStopBetweenPagesLogsOut) {
  host_.stop_after_requests = 3;  // login and two pages
  auto out = run(config());
  EXPECT_TRUE(out.status().message().starts_with("stopped")) << out.status().to_string();
  EXPECT_EQ(held(), 0);
}

TEST_F(FishbowlSandboxE2E, ASessionTheServerDroppedIsReplacedOnce) {
  int queries = 0;
  before_request_ = [&](const sdk::HttpRequest& r) {
    if (r.url.find("/api/data-query") != std::string::npos && ++queries == 2)
      admin("expire-sessions");
  };
  auto out = run(config());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_EQ(cents_of(*out), expected());
  auto seats = admin("seats");
  EXPECT_EQ(seats.at("logins").as_int64(), 2);
  EXPECT_EQ(seats.at("held").as_int64(), 0);
}

TEST_F(FishbowlSandboxE2E, FullSeatsUnapprovedAppsAndMfaAreClearErrors) {
  admin("require-approval?on=true");
  auto unapproved = run(config());
  EXPECT_EQ(unapproved.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(unapproved.status().message().find("approve app \"Tributary\""), std::string::npos)
      << unapproved.status().message();
  admin("approve-app?name=Tributary");
  admin("require-mfa?code=135790");
  auto mfa = run(config());
  EXPECT_NE(mfa.status().message().find("set mfa_code"), std::string::npos)
      << mfa.status().message();
  auto c = config();
  c["mfa_code"] = "135790";
  EXPECT_TRUE(run(c).ok());
  // A crashed client's sessions hold both seats: the connector says so and retries later.
  admin("approve-app?name=Crashed");
  for (int i = 0; i < 2; ++i) {
    sdk::HttpRequest login;
    login.method = "POST";
    login.url = server_->base_url() + "/fishbowl/api/login";
    login.body =
        R"({"appName":"Crashed","appId":1,"username":"demo-user","password":"demo-pass","mfaCode":"135790"})";
    ASSERT_EQ(curl_->send(login)->status, 200);
  }
  auto full = run(c);
  EXPECT_EQ(full.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_NE(full.status().message().find("licence seat"), std::string::npos)
      << full.status().message();
  EXPECT_EQ(held(), 2) << "the leaked sessions stay held until the server expires them";
}

}  // namespace
}  // namespace tributary::fishbowl
