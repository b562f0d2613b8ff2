#include "host/http/throttle_hint.h"

#include <gtest/gtest.h>

namespace tributary::host {
namespace {

using namespace std::chrono;

sdk::HttpResponse throttled(sdk::Headers headers, std::string body = "") {
  sdk::HttpResponse r;
  r.status = 429;
  r.headers = std::move(headers);
  r.body = std::move(body);
  return r;
}

// 2015-10-21 07:27:58 UTC; `date -u -d "2015-10-21 07:28:00" +%s` gives 1445412480.
const long long kEpochNow = 1445412480 - 2;
const system_clock::time_point kNow = system_clock::time_point{seconds{kEpochNow}};

TEST(ParseHttpDate, ReadsImfFixdate) {
  // RFC 9110's own example; `date -u -d "1994-11-06 08:49:37" +%s` gives 784111777.
  auto t = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(duration_cast<seconds>(t->time_since_epoch()).count(), 784111777);
}

TEST(ParseHttpDate, RejectsOtherText) {
  EXPECT_FALSE(parse_http_date("soon").has_value());
  EXPECT_FALSE(parse_http_date("Sun, 06 Nov 1994 08:49:37 CET").has_value());
  EXPECT_FALSE(parse_http_date("").has_value());
}

TEST(ThrottleHint, RetryAfterSeconds) {
  auto hint = throttle_hint(throttled({{"retry-after", "7"}}), kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{7000});
  EXPECT_FALSE(hint.hopeless);
  EXPECT_EQ(hint.source, "Retry-After: 7");
}

TEST(ThrottleHint, RetryAfterHttpDateCountsFromNow) {
  auto hint = throttle_hint(throttled({{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}), kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{2000});
}

TEST(ThrottleHint, RetryAfterInThePastMeansNoWait) {
  auto hint = throttle_hint(throttled({{"Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT"}}), kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{0});
}

TEST(ThrottleHint, UnreadableRetryAfterGivesNoHint) {
  auto hint = throttle_hint(throttled({{"Retry-After", "later"}}), kNow);
  EXPECT_FALSE(hint.wait.has_value());
  EXPECT_TRUE(hint.source.empty());
}

// JustCall's two windows: hourly `remaining` left, reset in `reset_in` s; same for the burst.
sdk::HttpResponse justcall(const char* remaining, long long reset_in, const char* burst_remaining,
                           long long burst_reset_in) {
  return throttled({{"X-Rate-Limit-Remaining", remaining},
                    {"X-Rate-Limit-Reset", std::to_string(kEpochNow + reset_in)},
                    {"X-Rate-Limit-Burst-Remaining", burst_remaining},
                    {"X-Rate-Limit-Burst-Reset", std::to_string(kEpochNow + burst_reset_in)}});
}

TEST(ThrottleHint, JustCallSpentBurstWindowWaitsForItsReset) {
  auto hint = throttle_hint(justcall("900", 3000, "0", 5), kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{5000});
  EXPECT_EQ(hint.source, "X-Rate-Limit-Burst-Reset: " + std::to_string(kEpochNow + 5));
}

TEST(ThrottleHint, JustCallBothWindowsSpentWaitsForTheLaterReset) {
  auto hint = throttle_hint(justcall("0", 3000, "0", 5), kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{3'000'000});
}

TEST(ThrottleHint, JustCallWindowsWithRequestsLeftGiveNoHint) {
  auto hint = throttle_hint(justcall("10", 3000, "2", 5), kNow);
  EXPECT_FALSE(hint.wait.has_value());
}

TEST(ThrottleHint, RetryAfterTakesPrecedenceOverResetHeaders) {
  auto hint = throttle_hint(
      throttled({{"Retry-After", "2"}, {"X-Rate-Limit-Reset", std::to_string(kEpochNow + 60)}}),
      kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{2000});
}

TEST(ThrottleHint, HubSpotRollingPolicyWaitsTenSeconds) {
  auto hint = throttle_hint(
      throttled(
          {}, R"({"status":"error","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})"),
      kNow);
  ASSERT_TRUE(hint.wait.has_value());
  EXPECT_EQ(*hint.wait, milliseconds{10000});
  EXPECT_FALSE(hint.hopeless);
  EXPECT_EQ(hint.source, "policyName: TEN_SECONDLY_ROLLING");
}

TEST(ThrottleHint, HubSpotDailyPolicyIsHopeless) {
  auto hint = throttle_hint(throttled({}, R"({"status":"error","policyName":"DAILY"})"), kNow);
  EXPECT_TRUE(hint.hopeless);
}

TEST(ThrottleHint, PlainThrottleGivesNoHint) {
  auto hint =
      throttle_hint(throttled({}, R"({"message":"slow down, \"policyName\" unknown"})"), kNow);
  EXPECT_FALSE(hint.wait.has_value());
  EXPECT_FALSE(hint.hopeless);
}

}  // namespace
}  // namespace tributary::host
