// Which outcomes CurlHttpClient retries, how long it waits, and when it gives up.
#include <gtest/gtest.h>

#include "tests/http/client_fixture.h"

namespace tributary::testing {
namespace {

using namespace std::chrono;
using Clock = steady_clock;

class CurlHttpClientRetry : public HttpClientTest {};

TEST_F(CurlHttpClientRetry, RetriesServerErrorThenSucceeds) {
  server_.script({{500, {}, "boom"}, {200, {}, "fine"}});
  auto result = client()->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->body, "fine");
  EXPECT_EQ(server_.requests().size(), 2u);
  EXPECT_EQ(stats_.requests, 2);
  EXPECT_EQ(stats_.retries, 1);
  EXPECT_EQ(stats_.server_errors, 1);
  EXPECT_EQ(log_.count(sdk::LogLevel::kWarn), 1u);
  EXPECT_EQ(log_.count(sdk::LogLevel::kDebug), 2u);
}

TEST_F(CurlHttpClientRetry, GivesUpOnPersistentServerErrorWithTheLastResponse) {
  server_.script({{502, {}, "first"}, {503, {}, "second"}, {504, {}, "last"}});
  auto result = client()->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->status, 504);
  EXPECT_EQ(result->body, "last");
  EXPECT_EQ(server_.requests().size(), 3u);  // max_retries 2
  EXPECT_EQ(stats_.retries, 2);
  EXPECT_EQ(stats_.server_errors, 3);
}

TEST_F(CurlHttpClientRetry, WaitsForRetryAfterThenSucceeds) {
  auto policy = fast_policy();
  policy.backoff_max_ms = 2000;
  server_.script({{429, {{"Retry-After", "1"}}, "slow down"}, {200, {}, "ok"}});
  auto result = client(policy)->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->status, 200);
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_GE(requests[1].arrived - requests[0].arrived, seconds{1});
  EXPECT_EQ(stats_.throttled, 1);
}

TEST_F(CurlHttpClientRetry, RetryAfterBeyondTheCapReturnsThe429AndPausesTheBudget) {
  auto budget = std::make_shared<host::RateBudgetLimiter>(sdk::RateBudget{0, 1});
  server_.script({{429, {{"Retry-After", "120"}}, "slow down"}, {200, {}, "ok"}});
  const auto start = Clock::now();
  auto result = client(fast_policy(), budget)->send(get(server_.url("/calls")));
  EXPECT_LT(Clock::now() - start, seconds{2});
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->status, 429);
  EXPECT_EQ(result->header("Retry-After"), "120");
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  // Another unit on the same budget holds off for backoff_max_ms (100 ms) after the 429.
  budget->acquire();
  EXPECT_GE(Clock::now() - requests[0].arrived, milliseconds{100});
  EXPECT_EQ(log_.count(sdk::LogLevel::kWarn), 1u);
}

TEST_F(CurlHttpClientRetry, HubSpotDailyQuotaIsReturnedAtOnce) {
  auto policy = fast_policy();
  policy.backoff_max_ms = 20000;  // a 10 s wait would fit; DAILY must not take it
  server_.script({{429, {}, R"({"status":"error","policyName":"DAILY"})"}, {200, {}, "ok"}});
  const auto start = Clock::now();
  auto result = client(policy)->send(get(server_.url("/crm/v3/objects/calls")));
  EXPECT_LT(Clock::now() - start, seconds{2});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->status, 429);
  EXPECT_EQ(server_.requests().size(), 1u);
}

TEST_F(CurlHttpClientRetry, ConnectionRefusedIsTransientAfterEveryAttempt) {
  const auto url = "http://127.0.0.1:" + std::to_string(closed_port()) + "/calls";
  auto result = client()->send(get(url));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_NE(result.status().message().find("GET " + url + " failed after 3 attempts: "),
            std::string::npos)
      << result.status().message();
  EXPECT_EQ(stats_.requests, 3);
  EXPECT_EQ(stats_.network_errors, 3);
  EXPECT_EQ(stats_.retries, 2);
}

TEST_F(CurlHttpClientRetry, TimeoutIsHonoured) {
  auto policy = fast_policy();
  policy.timeout_ms = 200;
  policy.max_retries = 0;
  server_.script({{200, {}, "late", milliseconds{3000}}});
  const auto start = Clock::now();
  auto result = client(policy)->send(get(server_.url("/calls")));
  const auto elapsed = Clock::now() - start;
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_NE(result.status().message().find("failed after 1 attempt: "), std::string::npos)
      << result.status().message();
  EXPECT_GE(elapsed, milliseconds{200});
  EXPECT_LT(elapsed, milliseconds{2000});
}

TEST_F(CurlHttpClientRetry, TruncatedResponseIsRetried) {
  ScriptedResponse cut;
  cut.close_mid_response = true;
  server_.script({cut, {200, {}, "whole"}});
  auto result = client()->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->body, "whole");
  EXPECT_EQ(stats_.network_errors, 1);
  EXPECT_EQ(stats_.retries, 1);
}

TEST_F(CurlHttpClientRetry, ClientErrorsAreNotRetried) {
  for (int status : {400, 401, 404}) {
    server_.script({{status, {}, "no"}, {200, {}, "ok"}});
    const auto before = server_.requests().size();
    auto result = client()->send(get(server_.url("/calls")));
    ASSERT_TRUE(result.ok()) << result.status().to_string();
    EXPECT_EQ(result->status, status);
    EXPECT_EQ(server_.requests().size(), before + 1) << "HTTP " << status;
  }
  EXPECT_EQ(stats_.retries, 0);
}

TEST_F(CurlHttpClientRetry, RetryFalseReturnsTheServerErrorAtOnce) {
  server_.script({{500, {}, "boom"}, {200, {}, "ok"}});
  auto request = get(server_.url("/calls"));
  request.retry = false;
  auto result = client()->send(request);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->status, 500);
  EXPECT_EQ(server_.requests().size(), 1u);
  EXPECT_EQ(log_.count(sdk::LogLevel::kWarn), 0u);
}

TEST_F(CurlHttpClientRetry, RetryFalseMakesOneAttemptOnNetworkError) {
  auto request = get("http://127.0.0.1:" + std::to_string(closed_port()) + "/token");
  request.method = "POST";
  request.retry = false;
  auto result = client()->send(request);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_EQ(stats_.requests, 1);
}

TEST_F(CurlHttpClientRetry, BudgetPacesEveryAttemptIncludingRetries) {
  auto budget = std::make_shared<host::RateBudgetLimiter>(sdk::RateBudget{20, 1});  // 50 ms
  server_.script({{500, {}, ""}, {503, {}, ""}, {200, {}, "ok"}});
  auto result = client(fast_policy(), budget)->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok());
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 3u);
  // Backoff alone (10-20 ms ceilings) would be faster; a few ms allow for arrival jitter.
  for (std::size_t i = 1; i < requests.size(); ++i) {
    EXPECT_GE(requests[i].arrived - requests[i - 1].arrived, milliseconds{40}) << "gap " << i;
  }
}

}  // namespace
}  // namespace tributary::testing
