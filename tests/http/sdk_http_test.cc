// The SDK's helpers for connectors reading a vendor's answer: Retry-After and the usual mapping
// of a status code to a failure kind.
#include <gtest/gtest.h>

#include "tributary/sdk/http.h"

namespace tributary::sdk {
namespace {

using std::chrono::seconds;

HttpResponse response(long status, Headers headers = {}, std::string body = "{}") {
  HttpResponse r;
  r.status = status;
  r.headers = std::move(headers);
  r.body = std::move(body);
  return r;
}

TEST(SdkRetryAfter, ReadsWholeSecondsInAnyCase) {
  EXPECT_EQ(retry_after(response(429, {{"Retry-After", "7"}}), seconds{60}), seconds{7});
  EXPECT_EQ(retry_after(response(429, {{"retry-after", "0"}}), seconds{60}), seconds{0});
}

TEST(SdkRetryAfter, FallsBackWhenAbsentOrNotDeltaSeconds) {
  EXPECT_EQ(retry_after(response(429), seconds{10}), seconds{10});
  for (const char* text : {"", "5s", "-3", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT"})
    EXPECT_EQ(retry_after(response(429, {{"Retry-After", text}}), seconds{10}), seconds{10})
        << text;
}

TEST(SdkHeaderInteger, OnlyAWholeNonNegativeIntegerCounts) {
  const auto r =
      response(200, {{"X-RateLimit-Remaining", "42"}, {"X-Bad", "4 2"}, {"X-Neg", "-1"}});
  EXPECT_EQ(header_integer(r, "x-ratelimit-remaining"), 42);
  EXPECT_EQ(header_integer(r, "X-Bad"), std::nullopt);
  EXPECT_EQ(header_integer(r, "X-Neg"), std::nullopt);
  EXPECT_EQ(header_integer(r, "X-Absent"), std::nullopt);
  EXPECT_EQ(header_integer(response(200, {{"X-Padded", " 7\t"}}), "X-Padded"), 7);
  EXPECT_EQ(header_integer(response(200, {{"X-Blank", "  "}}), "X-Blank"), std::nullopt);
}

TEST(SdkStatusFromHttp, MapsTheStatusToAKindAndNamesTheCall) {
  EXPECT_TRUE(status_from_http(response(204), "GET /x").ok());
  const auto limited = status_from_http(response(429, {{"Retry-After", "12"}}), "GET /calls");
  EXPECT_EQ(limited.kind(), FailureKind::kRateLimited);
  EXPECT_EQ(limited.retry_after(), seconds{12});
  EXPECT_NE(limited.message().find("GET /calls answered HTTP 429"), std::string::npos)
      << limited.message();
  EXPECT_EQ(status_from_http(response(429), "GET /calls").retry_after(), seconds{60});
  EXPECT_EQ(status_from_http(response(401), "x").kind(), FailureKind::kAuth);
  EXPECT_EQ(status_from_http(response(403), "x").kind(), FailureKind::kAuth);
  EXPECT_EQ(status_from_http(response(404), "x").kind(), FailureKind::kNotFound);
  EXPECT_EQ(status_from_http(response(503), "x").kind(), FailureKind::kTransient);
  EXPECT_EQ(status_from_http(response(400, {}, "bad field"), "x").kind(), FailureKind::kConfig);
}

}  // namespace
}  // namespace tributary::sdk
