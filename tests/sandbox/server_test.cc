#include "tests/sandbox/server.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <atomic>
#include <memory>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <gtest/gtest.h>

#include "tests/sandbox/testing/http_client.h"
#include "tests/sandbox/testing/test_vendor.h"

namespace tributary::sandbox {
namespace {

using testing::HttpClient;

std::unique_ptr<SandboxServer> start_echo(ServerOptions options = {}, std::vector<RateWindowSpec> windows = {}) {
  auto server = std::make_unique<SandboxServer>(std::move(options), testing::echo_vendor(std::move(windows)));
  server->start();
  return server;
}

// Sends raw bytes, half-closes, and returns whatever the server answers before it closes.
std::string send_raw(std::uint16_t port, const std::string& bytes) {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::socket socket(ioc);
  socket.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  timeval timeout{5, 0};  // a server that neither answers nor closes fails the test, not hangs it
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  boost::system::error_code ec;
  boost::asio::write(socket, boost::asio::buffer(bytes), ec);
  socket.shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
  std::string answer;
  char chunk[4096];
  for (;;) {
    auto n = socket.read_some(boost::asio::buffer(chunk), ec);
    answer.append(chunk, n);
    if (ec) break;
  }
  return answer;
}

TEST(SandboxServer, StartReturnsBoundPortAndHealthAnswers) {
  auto server = start_echo();
  EXPECT_NE(server->port(), 0);
  HttpClient client;
  auto health = client.get(server->base_url() + "/_sandbox/health");
  ASSERT_EQ(health.status, 200) << health.error;
  EXPECT_EQ(health.json().at("status"), "ok");
  EXPECT_EQ(health.json().at("vendors").as_array().at(0), "echo");
}

TEST(SandboxServer, KeepsTheConnectionAlive) {
  auto server = start_echo();
  HttpClient client;
  EXPECT_EQ(client.get(server->base_url() + "/echo/a").new_connections, 1);
  EXPECT_EQ(client.get(server->base_url() + "/echo/b").new_connections, 0);
  EXPECT_EQ(client.get(server->base_url() + "/_sandbox/health").new_connections, 0);
}

TEST(SandboxServer, RoutesByFirstSegmentAndPassesSubpathAndQuery) {
  auto server = start_echo();
  HttpClient client;
  auto echoed = client.get(server->base_url() + "/echo/v1/things?a=1&b=x%20y");
  ASSERT_EQ(echoed.status, 200);
  EXPECT_EQ(echoed.json().at("subpath"), "/v1/things");
  EXPECT_EQ(echoed.json().at("query").at("b"), "x y");
  auto unknown = client.get(server->base_url() + "/echoes/v1");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("(echo)"), std::string::npos) << unknown.body;
  EXPECT_EQ(client.get(server->base_url() + "/_sandbox/stats").json().at("unrouted"), 1);
}

TEST(SandboxServer, SurvivesJunkOnARawSocket) {
  auto server = start_echo();
  auto port = server->port();
  EXPECT_TRUE(send_raw(port, std::string("\x00\x01\xff\xfe garbage\r\n\r\n", 17)).starts_with("HTTP/1.1 400"));
  EXPECT_TRUE(send_raw(port, "GET /echo HTTP/1.1\r\nX-Big: " + std::string(40000, 'a') + "\r\n\r\n")
                  .starts_with("HTTP/1.1 400"));
  EXPECT_TRUE(send_raw(port, "POST /echo HTTP/1.1\r\nContent-Length: banana\r\n\r\n").starts_with("HTTP/1.1 400"));
  EXPECT_TRUE(send_raw(port, "POST /echo HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n")
                  .starts_with("HTTP/1.1 400"));
  EXPECT_TRUE(send_raw(port, "GET /echo%zz HTTP/1.1\r\nHost: x\r\n\r\n").starts_with("HTTP/1.1 400"));
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise.push_back(static_cast<char>((i * 7919) % 251));
  send_raw(port, noise);
  send_raw(port, "GET /echo HTT");
  HttpClient client;
  EXPECT_EQ(client.get(server->base_url() + "/_sandbox/health").status, 200) << "the server must outlive junk";
}

TEST(SandboxServer, StopReturnsWhileAKeepAliveConnectionIsOpen) {
  auto server = start_echo();
  HttpClient client;
  ASSERT_EQ(client.get(server->base_url() + "/echo").status, 200);
  auto url = server->base_url() + "/echo";
  server->stop();
  EXPECT_NE(client.get(url).status, 200);
}

TEST(SandboxServer, InjectsEachFaultAtProbabilityOne) {
  auto server = start_echo({}, {{"hourly", 1000, std::chrono::seconds(3600)}});
  HttpClient client;
  auto base = server->base_url();
  auto normal = client.get(base + "/echo/x");
  ASSERT_EQ(normal.status, 200);

  ASSERT_EQ(client.post(base + "/_sandbox/faults", R"({"fault_429":1})").status, 200);
  auto limited = client.get(base + "/echo/x");
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.header("retry-after"), "1");
  EXPECT_EQ(limited.header("x-echo-remaining-0"), "998") << "injected 429s carry the vendor's quota headers";
  EXPECT_TRUE(limited.json().as_object().contains("echo_error"));

  client.post(base + "/_sandbox/faults", R"({"fault_429":0,"fault_500":1})");
  auto failed = client.get(base + "/echo/x");
  EXPECT_EQ(failed.status, 500);
  EXPECT_TRUE(failed.json().as_object().contains("echo_error"));
  EXPECT_EQ(client.get(base + "/_sandbox/health").status, 200) << "admin endpoints get no faults";

  client.post(base + "/_sandbox/faults", R"({"fault_500":0,"fault_truncate":1})");
  auto truncated = client.get(base + "/echo/x");
  EXPECT_EQ(truncated.status, 200);
  EXPECT_EQ(truncated.body.size(), normal.body.size() / 2);
  EXPECT_EQ(truncated.body, normal.body.substr(0, normal.body.size() / 2));
  EXPECT_ANY_THROW(truncated.json());

  client.post(base + "/_sandbox/faults", R"({"fault_truncate":0,"fault_slow":1,"slow_ms":150,"latency_ms":50})");
  auto slow = client.get(base + "/echo/x");
  EXPECT_EQ(slow.status, 200);
  EXPECT_GE(slow.seconds, 0.2) << "latency_ms + slow_ms";

  auto stats = client.get(base + "/_sandbox/stats").json().at("vendors").at("echo");
  EXPECT_EQ(stats.at("requests"), 5);
  EXPECT_EQ(stats.at("injected_429"), 1);
  EXPECT_EQ(stats.at("injected_500"), 1);
  EXPECT_EQ(stats.at("injected_truncated"), 1);
  EXPECT_EQ(stats.at("injected_slow"), 1);
  EXPECT_EQ(stats.at("rate_limited_429"), 0);
}

TEST(SandboxServer, FaultsFromOptionsApplyFromTheFirstRequest) {
  ServerOptions options;
  options.faults.p500 = 1.0;
  auto server = start_echo(options);
  HttpClient client;
  EXPECT_EQ(client.get(server->base_url() + "/echo").status, 500);
  auto faults = client.get(server->base_url() + "/_sandbox/faults").json();
  EXPECT_EQ(faults.at("fault_500"), 1.0);
}

std::vector<long> statuses(std::uint64_t seed, int count) {
  ServerOptions options;
  options.seed = seed;
  options.faults.p429 = 0.5;
  auto server = start_echo(options);
  HttpClient client;
  std::vector<long> result;
  for (int i = 0; i < count; ++i) result.push_back(client.get(server->base_url() + "/echo").status);
  return result;
}

TEST(SandboxServer, FaultSequenceIsDeterministicPerSeed) {
  auto first = statuses(9, 40);
  EXPECT_EQ(first, statuses(9, 40));
  EXPECT_NE(first, statuses(10, 40));
  EXPECT_NE(std::ranges::count(first, 429), 0);
  EXPECT_NE(std::ranges::count(first, 200), 0);
}

TEST(SandboxServer, RateLimitRefusesThenRefillsOnTheInjectedClock) {
  auto now = std::make_shared<std::atomic<std::int64_t>>(1'700'000'000);
  ServerOptions options;
  options.clock = [now] { return std::chrono::system_clock::time_point{std::chrono::seconds(now->load())}; };
  auto server = start_echo(options, {{"minute", 2, std::chrono::seconds(60)}});
  HttpClient client;
  auto url = server->base_url() + "/echo";
  EXPECT_EQ(client.get(url).status, 200);
  EXPECT_EQ(client.get(url).status, 200);
  auto refused = client.get(url);
  EXPECT_EQ(refused.status, 429);
  EXPECT_EQ(refused.header("x-echo-remaining-0"), "0");
  EXPECT_EQ(refused.header("retry-after"), "") << "only injected 429s carry Retry-After";
  EXPECT_EQ(client.get(server->base_url() + "/_sandbox/stats").json().at("vendors").at("echo").at("rate_limited_429"), 1);
  *now += 60;
  EXPECT_EQ(client.get(url).status, 200);
  EXPECT_EQ(client.get(url).status, 200);
  EXPECT_EQ(client.get(url).status, 429);
  ASSERT_EQ(client.post(server->base_url() + "/_sandbox/reset-stats").status, 200);
  EXPECT_EQ(client.get(url).status, 200) << "reset-stats also refills the budget";
}

TEST(SandboxServer, AdminRejectsBadInputWithAReason) {
  auto server = start_echo();
  HttpClient client;
  auto base = server->base_url();
  auto bad_key = client.post(base + "/_sandbox/faults", R"({"fault_418":1})");
  EXPECT_EQ(bad_key.status, 400);
  EXPECT_NE(bad_key.body.find("fault_418"), std::string::npos) << bad_key.body;
  EXPECT_EQ(client.post(base + "/_sandbox/faults", "not json").status, 400);
  EXPECT_EQ(client.post(base + "/_sandbox/health").status, 405);
  EXPECT_EQ(client.get(base + "/_sandbox/nothing").status, 404);
  EXPECT_EQ(client.get(base + "/_sandbox/expected/echo?n=3").json().at("n"), "3");
  EXPECT_EQ(client.get(base + "/_sandbox/expected/echo").status, 400);
  EXPECT_EQ(client.get(base + "/_sandbox/expected/nope?n=3").status, 400);
  EXPECT_EQ(client.post(base + "/_sandbox/echo/hide").status, 404);
}

}  // namespace
}  // namespace tributary::sandbox
