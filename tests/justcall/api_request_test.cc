#include "plugins/justcall/api_request.h"

#include <gtest/gtest.h>

#include "tests/justcall/fake_host.h"
#include "tests/justcall/test_support.h"

namespace tributary::justcall {
namespace {

using namespace testing;

JustCallConfig config_with(AuthStyle style) {
  JustCallConfig c;
  c.base_url = kBaseUrl;
  c.api_key = kApiKey;
  c.api_secret = kApiSecret;
  c.auth_style = style;
  return c;
}

TEST(JustCallBase64, Rfc4648Vectors) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
}

TEST(JustCallAuth, RawIsKeyColonSecretAndBasicIsBase64) {
  EXPECT_EQ(authorization_value(config_with(AuthStyle::kRaw)), "key-123:secret-456");
  EXPECT_EQ(authorization_value(config_with(AuthStyle::kBasic)), "Basic a2V5LTEyMzpzZWNyZXQtNDU2");
}

TEST(JustCallResponses, UnauthorisedSaysWhichKeysToCheckWithoutTheirValues) {
  auto status = check_response(http_answer(401, fixture("error-401.json")),
                               "JustCall GET /v2.1/users page 0", config_with(AuthStyle::kRaw));
  EXPECT_EQ(status.kind(), sdk::FailureKind::kAuth);
  const auto& m = status.message();
  EXPECT_NE(m.find("JustCall GET /v2.1/users page 0 answered HTTP 401"), std::string::npos) << m;
  EXPECT_NE(m.find("Invalid API key or secret"), std::string::npos) << m;
  EXPECT_NE(m.find("check api_key and api_secret"), std::string::npos) << m;
  EXPECT_EQ(m.find(kApiKey), std::string::npos) << m;
  EXPECT_EQ(m.find(kApiSecret), std::string::npos) << m;
  EXPECT_EQ(check_response(http_answer(403, "{}"), "x", config_with(AuthStyle::kRaw)).kind(),
            sdk::FailureKind::kAuth);
}

TEST(JustCallResponses, NotFoundOnAListPointsAtBaseUrl) {
  auto status = check_response(http_answer(404, R"({"status":"error","message":"Not found"})"),
                               "JustCall GET /v2.1/calls", config_with(AuthStyle::kRaw));
  EXPECT_EQ(status.kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(status.message().find("check base_url ('http://127.0.0.1:9')"), std::string::npos)
      << status.message();
}

TEST(JustCallResponses, OtherFailuresFollowTheSdkMapping) {
  auto limited = http_answer(429, R"({"status":"error","message":"Too many requests"})");
  limited.headers.push_back({"Retry-After", "30"});
  auto status = check_response(limited, "x", config_with(AuthStyle::kRaw));
  EXPECT_EQ(status.kind(), sdk::FailureKind::kRateLimited);
  EXPECT_EQ(status.retry_after().count(), 30);
  EXPECT_EQ(check_response(http_answer(503, "busy"), "x", config_with(AuthStyle::kRaw)).kind(),
            sdk::FailureKind::kTransient);
  EXPECT_TRUE(check_response(http_answer(200, "{}"), "x", config_with(AuthStyle::kRaw)).ok());
}

TEST(JustCallApiGet, SendsAuthAndAcceptHeadersToTheConfiguredRoot) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) { return http_answer(200, "{}"); };
  auto response = api_get(host, config_with(AuthStyle::kRaw), "/v2.1/users?page=0", "x");
  ASSERT_TRUE(response.ok());
  ASSERT_EQ(host.http_.requests.size(), 1u);
  const auto& r = host.http_.requests[0];
  EXPECT_EQ(r.method, "GET");
  EXPECT_EQ(r.url, "http://127.0.0.1:9/v2.1/users?page=0");
  EXPECT_EQ(r.headers, (sdk::Headers{{"Authorization", "key-123:secret-456"},
                                     {"Accept", "application/json"}}));
}

TEST(JustCallApiGet, TransportFailureKeepsItsKindAndNamesTheCall) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) -> sdk::Result<sdk::HttpResponse> {
    return sdk::Status::transient("connection refused after 4 attempts");
  };
  auto response = api_get(host, config_with(AuthStyle::kRaw), "/v2.1/calls", "JustCall GET calls");
  ASSERT_FALSE(response.ok());
  EXPECT_EQ(response.status().kind(), sdk::FailureKind::kTransient);
  EXPECT_EQ(response.status().message(), "JustCall GET calls: connection refused after 4 attempts");
}

}  // namespace
}  // namespace tributary::justcall
