#include "host/conformance/exchange_server.h"

#include <gtest/gtest.h>

#include <thread>

#include "host/http/http_client.h"

namespace tributary::host::conformance {
namespace {

// The server on its own thread, and a plain client for it.
class ServerFixture : public ::testing::Test {
 protected:
  void start(std::vector<Exchange> exchanges) {
    server_ = std::make_unique<ExchangeServer>(io_, std::move(exchanges));
    server_->listen();
    work_.emplace(io_.get_executor());
    thread_ = std::thread([this] { io_.run(); });
    init_curl_globally();
  }
  void TearDown() override {
    work_.reset();
    io_.stop();
    if (thread_.joinable()) thread_.join();
  }
  sdk::HttpResponse send(const std::string& method, const std::string& path) {
    HttpPolicy policy;
    policy.max_retries = 0;
    CurlHttpClient client(policy, nullptr, nullptr, nullptr, nullptr);
    sdk::HttpRequest request;
    request.method = method;
    request.url = server_->root_url() + path;
    request.headers = {{"Authorization", "Bearer tok"}};
    auto response = client.send(request);
    EXPECT_TRUE(response) << response.status().to_string();
    return response ? *response : sdk::HttpResponse{};
  }

  boost::asio::io_context io_;
  std::unique_ptr<ExchangeServer> server_;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> work_;
  std::thread thread_;
};

Exchange page(const std::string& number, const std::string& body) {
  Exchange e;
  e.name = "page " + number;
  e.request.path = "/items";
  e.request.query = {{"page", number}};
  e.response.body = body;
  e.response.headers = {{"X-Next", "${BASE_URL}/items?page=2"}};
  return e;
}

TEST_F(ServerFixture, ServesTheMatchingRecordingWithItsOwnAddressFilledIn) {
  start({page("1", R"({"next":"${BASE_URL}/items?page=2","data":[1,2,3,4]})")});
  auto r = send("GET", "/items?page=1");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"next":")" + server_->root_url() + R"(/items?page=2","data":[1,2,3,4]})");
  EXPECT_EQ(r.header("X-Next"), server_->root_url() + "/items?page=2");
  EXPECT_EQ(r.header("Content-Type"), "application/json");
}

TEST_F(ServerFixture, AnUnmatchedRequestIs404AndLoggedAsSuch) {
  start({page("1", "{}")});
  auto r = send("GET", "/items?page=9");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("no recorded exchange for GET /items"), std::string::npos) << r.body;
  ASSERT_EQ(server_->served().size(), 1u);
  EXPECT_EQ(server_->served()[0].exchange, -1);
}

TEST_F(ServerFixture, PhasesLabelTheRequestsThatFollowAndAreNotLogged) {
  start({page("1", "{}")});
  EXPECT_EQ(send("POST", "/_conformance/phase?name=read%201").status, 204);
  send("GET", "/items?page=1");
  ASSERT_EQ(server_->served().size(), 1u);
  EXPECT_EQ(server_->served()[0].phase, "read 1");
  EXPECT_EQ(server_->served()[0].request.header("authorization"), "Bearer tok");
}

TEST_F(ServerFixture, ErrorCasesReplaceEveryAnswerUntilSwitchedOff) {
  std::string body = R"({"data":[1,2,3,4,5,6,7,8]})";  // 26 bytes
  start({page("1", body)});
  send("POST", "/_conformance/fault?case=auth_401");
  EXPECT_EQ(send("GET", "/items?page=1").status, 401);
  send("POST", "/_conformance/fault?case=rate_limited_429");
  auto limited = send("GET", "/items?page=1");
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.header("Retry-After"), "7");
  send("POST", "/_conformance/fault?case=server_error_5xx");
  EXPECT_EQ(send("GET", "/items?page=1").status, 500);
  send("POST", "/_conformance/fault?case=malformed_json");
  auto cut = send("GET", "/items?page=1");
  EXPECT_EQ(cut.status, 200);
  EXPECT_EQ(cut.body, body.substr(0, 13));
  send("POST", "/_conformance/fault?case=none");
  EXPECT_EQ(send("GET", "/items?page=1").body, body);
  EXPECT_EQ(server_->served()[3].fault, "malformed_json");
}

}  // namespace
}  // namespace tributary::host::conformance
