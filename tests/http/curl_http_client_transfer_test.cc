// What CurlHttpClient puts on the wire, what it hands back, and what it logs.
#include <gtest/gtest.h>

#include "tests/http/client_fixture.h"

namespace tributary::testing {
namespace {

class CurlHttpClientTransfer : public HttpClientTest {};

TEST_F(CurlHttpClientTransfer, SendsMethodHeadersAndBody) {
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = server_.url("/v2/calls?page=2");
  request.headers = {{"Content-Type", "application/json"}, {"X-Trace", "abc"}};
  request.body = R"({"a":1})";
  auto result = client()->send(request);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].target, "/v2/calls?page=2");
  EXPECT_EQ(requests[0].body, R"({"a":1})");
  EXPECT_EQ(requests[0].header("Content-Type"), "application/json");
  EXPECT_EQ(requests[0].header("X-Trace"), "abc");
  EXPECT_NE(requests[0].header("Accept-Encoding").find("gzip"), std::string::npos);
  EXPECT_EQ(requests[0].header("Expect"), "");
}

TEST_F(CurlHttpClientTransfer, SendsBodylessMethods) {
  for (const char* method : {"DELETE", "GET"}) {
    auto request = get(server_.url("/items/7"));
    request.method = method;
    ASSERT_TRUE(client()->send(request).ok());
    EXPECT_EQ(server_.requests().back().method, method);
    EXPECT_EQ(server_.requests().back().body, "");
  }
}

TEST_F(CurlHttpClientTransfer, ReturnsStatusHeadersBodyAndUrl) {
  server_.script({{201,
                   {{"X-Rate-Limit-Remaining", "5"}, {"Content-Type", "application/json"}},
                   R"({"id":9})"}});
  const auto url = server_.url("/items");
  auto result = client()->send(get(url));
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result->status, 201);
  EXPECT_EQ(result->body, R"({"id":9})");
  EXPECT_EQ(result->header("x-rate-limit-remaining"), "5");
  EXPECT_EQ(result->header("Content-Type"), "application/json");
  EXPECT_EQ(result->header("Content-Length"), "8");
  EXPECT_EQ(result->url, url);
}

TEST_F(CurlHttpClientTransfer, HeadersBelongToTheLastResponseOnly) {
  server_.script({{500, {{"X-First", "1"}}, ""}, {200, {{"X-Second", "2"}}, "ok"}});
  auto result = client()->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->header("X-First"), "");
  EXPECT_EQ(result->header("X-Second"), "2");
}

TEST_F(CurlHttpClientTransfer, ReusesOneConnectionAcrossRequests) {
  auto http = client();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(http->send(get(server_.url("/calls"))).ok());
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_EQ(requests[1].connection, requests[0].connection);
  EXPECT_EQ(requests[2].connection, requests[0].connection);
}

TEST_F(CurlHttpClientTransfer, DoesNotFollowRedirects) {
  server_.script({{302, {{"Location", server_.url("/elsewhere")}}, ""}});
  auto result = client()->send(get(server_.url("/calls")));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->status, 302);
  EXPECT_EQ(server_.requests().size(), 1u);
}

TEST_F(CurlHttpClientTransfer, UnsupportedSchemeIsAConfigErrorWithoutRetries) {
  auto result = client()->send(get("ftp://127.0.0.1/calls"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_EQ(stats_.requests, 1);
}

TEST_F(CurlHttpClientTransfer, SecretsInUrlsNeverReachTheLog) {
  const std::string secret = "tok-5ecr3t-value";
  redactor_.add(secret);
  server_.script({{500, {}, ""}, {200, {}, "ok"}});
  ASSERT_TRUE(client()->send(get(server_.url("/calls?api_key=" + secret))).ok());
  auto refused = client()->send(
      get("http://127.0.0.1:" + std::to_string(closed_port()) + "/calls?api_key=" + secret));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message().find(secret), std::string::npos)
      << refused.status().message();

  auto lines = log_.lines();
  ASSERT_GE(lines.size(), 4u);
  for (const auto& [level, line] : lines) {
    EXPECT_EQ(line.find(secret), std::string::npos) << line;
    EXPECT_NE(line.find("api_key=***"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace tributary::testing
