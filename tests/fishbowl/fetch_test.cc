// fetch with scripted HTTP answers: every path that logged in also logs out.
#include "plugins/fishbowl/fetch.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/fishbowl/test_support.h"

namespace tributary::fishbowl {
namespace {

using namespace testing;

FishbowlConfig config_of(const boost::json::object& c) { return *parse_config(c); }

sdk::Result<sdk::FetchResult> fetch_with(FakeHost& host,
                                         const boost::json::object& c = rest_config()) {
  auto ctx = june_context(c, &host);
  return fetch_rest(ctx, config_of(c));
}

const std::vector<std::string> kLoginTwoPagesLogout = {"POST /api/login", "GET /api/data-query",
                                                       "GET /api/data-query", "POST /api/logout"};

TEST(FishbowlFetch, LogsInPagesWithLimitOffsetAndLogsOut) {
  FakeHost host;
  host.http_.handler = recorded_fishbowl();
  auto fetched = fetch_with(host);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(host.http_.calls(kBaseUrl), kLoginTwoPagesLogout);
  ASSERT_EQ(fetched->pages.size(), 2u);
  EXPECT_EQ(fetched->pages[1].meta.at("offset").as_int64(), 8);
  EXPECT_EQ(fetched->context.at("server_timezone"), "America/New_York");
  EXPECT_EQ(fetched->context.at("from"), "2024-06-02 00:00:00");
  const auto& login = host.http_.requests[0];
  auto body = boost::json::parse(login.body).as_object();
  EXPECT_EQ(body.at("appName"), "Tributary");
  EXPECT_EQ(body.at("appId"), 7301);
  EXPECT_EQ(body.at("username"), "apiuser");
  EXPECT_EQ(body.at("password"), "s3cret-pass");
  EXPECT_FALSE(body.contains("mfaCode"));
  EXPECT_EQ(host.http_.requests[1].headers.front().second, "Bearer tok-1");
  EXPECT_NE(host.http_.requests[1].url.find("LIMIT%208%20OFFSET%200"), std::string::npos);
  EXPECT_EQ(host.http_.requests[3].headers.front().second, "Bearer tok-1");
}

TEST(FishbowlFetch, AFailedPageStillLogsOut) {
  FakeHost host;
  auto recorded = recorded_fishbowl();
  host.http_.handler = [&](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (r.url.find("OFFSET%208") != std::string::npos)
      return http_answer(500, R"({"message":"boom"})");
    return recorded(r);
  };
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_EQ(host.http_.calls(kBaseUrl), kLoginTwoPagesLogout);
}

TEST(FishbowlFetch, ATruncatedPageIsADataErrorAfterLoggingOut) {
  FakeHost host;
  auto recorded = recorded_fishbowl();
  host.http_.handler = [&](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    auto answer = recorded(r);
    if (r.url.find("data-query") != std::string::npos) answer->body.resize(answer->body.size() / 2);
    return answer;
  };
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kData);
  EXPECT_EQ(host.http_.calls(kBaseUrl).back(), "POST /api/logout");
}

TEST(FishbowlFetch, AStopBetweenPagesLogsOutAndReportsStopped) {
  FakeHost host;
  host.http_.handler = recorded_fishbowl();
  host.stop_after_requests = 2;  // login and the first page
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_TRUE(fetched.status().message().starts_with("stopped")) << fetched.status().message();
  EXPECT_EQ(
      host.http_.calls(kBaseUrl),
      (std::vector<std::string>{"POST /api/login", "GET /api/data-query", "POST /api/logout"}));
}

TEST(FishbowlFetch, AStopBeforeLoginTakesNoSeat) {
  FakeHost host;
  host.http_.handler = recorded_fishbowl();
  host.stop_after_requests = 0;
  EXPECT_EQ(fetch_with(host).status().kind(), sdk::FailureKind::kTransient);
  EXPECT_TRUE(host.http_.requests.empty());
}

TEST(FishbowlFetch, LogsInAgainOnceOn401AndRetriesThePage) {
  FakeHost host;
  auto recorded = recorded_fishbowl();
  int logins = 0;
  host.http_.handler = [&](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (r.url.ends_with("/api/login"))
      return http_answer(200, "{\"token\":\"tok-" + std::to_string(++logins) + "\"}");
    bool stale = r.headers.front().second == "Bearer tok-1";
    if (r.url.find("OFFSET%208") != std::string::npos && stale)
      return http_answer(401, R"({"message":"Session expired"})");
    return recorded(r);
  };
  auto fetched = fetch_with(host);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(
      host.http_.calls(kBaseUrl),
      (std::vector<std::string>{"POST /api/login", "GET /api/data-query", "GET /api/data-query",
                                "POST /api/login", "GET /api/data-query", "POST /api/logout"}));
  EXPECT_EQ(host.http_.requests.back().headers.front().second, "Bearer tok-2");
  EXPECT_EQ(fetched->context.at("logins").as_int64(), 2);
}

TEST(FishbowlFetch, ASecond401IsAnAuthErrorNotALoop) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (r.url.ends_with("/api/login")) return http_answer(200, R"({"token":"t"})");
    if (r.url.ends_with("/api/logout")) return http_answer(200, "{}");
    return http_answer(401, R"({"message":"nope"})");
  };
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_EQ(host.http_.calls(kBaseUrl),
            (std::vector<std::string>{"POST /api/login", "GET /api/data-query", "POST /api/login",
                                      "GET /api/data-query", "POST /api/logout"}));
}

TEST(FishbowlFetch, AnUnapprovedAppSaysWhereToApproveIt) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) -> sdk::Result<sdk::HttpResponse> {
    return http_answer(401, R"({"message":"The integration 'Tributary' has not been approved"})");
  };
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(fetched.status().message().find(
                "approve app \"Tributary\" (app id 7301) in Fishbowl Settings > Integrations"),
            std::string::npos)
      << fetched.status().message();
  EXPECT_EQ(host.http_.calls(kBaseUrl), std::vector<std::string>{"POST /api/login"})
      << "no seat, no logout";
}

TEST(FishbowlFetch, MfaRequiredSaysToSetMfaCode) {
  FakeHost host;
  std::string sent_code;
  host.http_.handler = [&](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    auto body = boost::json::parse(r.body).as_object();
    if (body.contains("mfaCode")) sent_code = body.at("mfaCode").as_string();
    return http_answer(401, R"({"message":"MFA code required"})", {{"MFA", "Required"}});
  };
  auto fetched = fetch_with(host);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(fetched.status().message().find("set mfa_code"), std::string::npos)
      << fetched.status().message();
  auto c = rest_config();
  c["mfa_code"] = "123456";
  auto again = fetch_with(host, c);
  EXPECT_EQ(sent_code, "123456");
  EXPECT_NE(again.status().message().find("mfa_code in the connector's config was not accepted"),
            std::string::npos);
}

TEST(FishbowlFetch, BadPasswordAndFullSeatsSayWhatToDo) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) -> sdk::Result<sdk::HttpResponse> {
    return http_answer(401, R"({"message":"Invalid username or password"})");
  };
  auto bad = fetch_with(host);
  EXPECT_EQ(bad.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(bad.status().message().find("check username and password"), std::string::npos);
  EXPECT_EQ(bad.status().message().find("s3cret-pass"), std::string::npos) << "never the password";
  host.http_.handler = [](const sdk::HttpRequest&) -> sdk::Result<sdk::HttpResponse> {
    return http_answer(401, R"({"message":"No licence seats available: 3 of 3 in use"})");
  };
  EXPECT_EQ(fetch_with(host).status().kind(), sdk::FailureKind::kTransient);
}

TEST(FishbowlFetch, CsvReadsTheFileWhole) {
  FakeHost host;
  auto c = csv_config(fixture_path("so-table-export.csv"));
  auto ctx = june_context(c, &host);
  auto fetched = fetch_csv(ctx, config_of(c));
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(fetched->pages.at(0).body, fixture("so-table-export.csv"));
  EXPECT_TRUE(host.http_.requests.empty());
}

TEST(FishbowlFetch, AMissingCsvSaysWhereItLookedAndWhy) {
  FakeHost host;
  auto c = csv_config("no/such/export.csv");
  auto fetched = fetch_csv(june_context(c, &host), config_of(c));
  ASSERT_EQ(fetched.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(fetched.status().message().find("relative to the working directory"), std::string::npos)
      << fetched.status().message();
}

}  // namespace
}  // namespace tributary::fishbowl
