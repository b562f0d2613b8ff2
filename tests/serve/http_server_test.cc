// The HTTP API over real loopback connections, answering from a real scheduler and store.
#include "host/server/http_server.h"

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/json.hpp>
#include <random>

#include "tests/serve/prometheus_parser.h"
#include "tests/serve/scheduler_fixture.h"
#include "tests/support/http_get.h"

using namespace tributary::testing;
using namespace tributary::host;
namespace json = boost::json;

namespace {

constexpr const char* kSecret = "s3cret-token-for-tests";

class SchedulerBackend final : public ApiBackend {
 public:
  SchedulerBackend(Scheduler& scheduler, Store& store, ServeMetrics& metrics)
      : scheduler_(scheduler), store_(store), metrics_(metrics) {}
  TriggerResult trigger(const std::string& p) override { return scheduler_.trigger(p); }
  std::string metrics_text() override { return metrics_.render({}); }
  json::object health() override {
    return {{"status", scheduler_.stopping() ? "stopping" : "ok"}};
  }
  std::vector<RunRow> runs(const std::optional<std::string>& p, int limit) override {
    return store_.runs(p, limit);
  }
  std::optional<RunRow> run(std::int64_t id) override { return store_.run(id); }

 private:
  Scheduler& scheduler_;
  Store& store_;
  ServeMetrics& metrics_;
};

json::value parse(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  EXPECT_FALSE(ec) << text;
  return v;
}

class HttpServerTest : public SchedulerTest {
 protected:
  void SetUp() override {
    scheduler_->configure(schedules({{"p", "*/10 * * * *"}, {"manual", ""}}), 2);
    backend_ = std::make_unique<SchedulerBackend>(*scheduler_, *store_, metrics_);
    server_ = std::make_unique<HttpServer>(*backend_, options(kSecret));
  }
  void TearDown() override {
    server_.reset();
    runner_.release("manual");
    scheduler_.reset();
  }
  static ServerOptions options(const std::string& secret) {
    ServerOptions o;
    o.listen = "127.0.0.1:0";
    o.trigger_secret = secret;
    o.trigger_secret_env = "TEST_TRIGGER_SECRET";
    o.idle_timeout = std::chrono::milliseconds(2000);
    return o;
  }
  std::string url(const std::string& path) const {
    return "http://" + server_->address() + path;
  }
  HttpResult trigger(const std::string& auth, const std::string& pipeline = "manual",
                     const std::string& body = "") {
    return http_request("POST", url("/api/pipelines/" + pipeline + "/run"), body, auth);
  }
  // Writes bytes on a fresh connection and reads whatever comes back until the server closes
  // (or the read times out).
  std::string raw_exchange(const std::string& bytes) {
    namespace net = boost::asio;
    net::io_context ioc;
    net::ip::tcp::socket socket(ioc);
    socket.connect({net::ip::make_address("127.0.0.1"), server_->port()});
    timeval tv{5, 0};
    setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    boost::system::error_code ec;
    net::write(socket, net::buffer(bytes), ec);
    socket.shutdown(net::ip::tcp::socket::shutdown_send, ec);
    std::string out;
    char buf[4096];
    for (;;) {
      auto n = socket.read_some(net::buffer(buf), ec);
      out.append(buf, n);
      if (ec) break;
    }
    return out;
  }
  void expect_alive() { EXPECT_EQ(http_get(url("/healthz")).status, 200); }

  std::unique_ptr<SchedulerBackend> backend_;
  std::unique_ptr<HttpServer> server_;
};

}  // namespace

TEST_F(HttpServerTest, HealthzAnswersOk) {
  auto r = http_get(url("/healthz"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(parse(r.body).at("status"), "ok");
  scheduler_->stop_starting();
  EXPECT_EQ(http_get(url("/healthz")).status, 503) << "a stopping host says so";
}

TEST_F(HttpServerTest, TriggerNeedsTheRightBearerSecret) {
  EXPECT_EQ(trigger("").status, 401);
  EXPECT_EQ(trigger("Bearer wrong").status, 401);
  EXPECT_EQ(trigger(std::string("Bearer ") + kSecret + "x").status, 401);
  EXPECT_EQ(trigger(std::string("Basic ") + kSecret).status, 401);
  EXPECT_EQ(trigger(kSecret).status, 401);
  EXPECT_TRUE(store_->runs(std::nullopt, 0).empty()) << "a refused trigger records nothing";

  auto r = trigger(std::string("Bearer ") + kSecret);
  ASSERT_EQ(r.status, 202) << r.body;
  auto id = parse(r.body).at("run_id").as_int64();
  ASSERT_TRUE(scheduler_->wait_idle(std::chrono::seconds(5)));
  EXPECT_EQ(store_->run(id)->trigger, "http");
  EXPECT_EQ(store_->run(id)->status, "success");
  EXPECT_EQ(trigger(std::string("Bearer ") + kSecret, "nope").status, 404);
}

TEST_F(HttpServerTest, TriggerAnswers409WithTheRunningRun) {
  runner_.hold("manual");
  auto first = trigger(std::string("Bearer ") + kSecret);
  ASSERT_EQ(first.status, 202) << first.body;
  const auto id = parse(first.body).at("run_id").as_int64();
  auto second = trigger(std::string("Bearer ") + kSecret);
  ASSERT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(parse(second.body).at("running_run_id").as_int64(), id);
  runner_.release("manual");
  ASSERT_TRUE(scheduler_->wait_idle(std::chrono::seconds(5)));
  EXPECT_EQ(runner_.jobs().size(), 1U);
}

TEST_F(HttpServerTest, DisabledTriggerNamesTheVariable) {
  server_.reset();
  server_ = std::make_unique<HttpServer>(*backend_, options(""));
  auto r = trigger("Bearer ");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("TEST_TRIGGER_SECRET"), std::string::npos) << r.body;
}

TEST_F(HttpServerTest, RunsListAndGet) {
  runner_.set_summary({{"status", "success"}, {"connectors", json::object{}}});
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    auto r = trigger(std::string("Bearer ") + kSecret);
    ASSERT_EQ(r.status, 202);
    ids.push_back(parse(r.body).at("run_id").as_int64());
    ASSERT_TRUE(scheduler_->wait_idle(std::chrono::seconds(5)));
  }
  auto list = parse(http_get(url("/api/runs")).body).at("runs").as_array();
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[0].at("id").as_int64(), ids[2]) << "newest first";
  EXPECT_EQ(list[0].at("status"), "success");
  EXPECT_EQ(list[0].at("trigger"), "http");
  EXPECT_EQ(parse(http_get(url("/api/runs?limit=1")).body).at("runs").as_array().size(), 1U);
  EXPECT_TRUE(parse(http_get(url("/api/runs?pipeline=p")).body).at("runs").as_array().empty());
  EXPECT_EQ(http_get(url("/api/runs?limit=0")).status, 400);
  EXPECT_EQ(http_get(url("/api/runs?colour=blue")).status, 400);

  auto one = http_get(url("/api/runs/" + std::to_string(ids[0])));
  ASSERT_EQ(one.status, 200);
  auto run = parse(one.body);
  EXPECT_EQ(run.at("summary").at("runId").as_int64(), ids[0]);
  EXPECT_EQ(http_get(url("/api/runs/999999")).status, 404);
  EXPECT_EQ(http_get(url("/api/runs/abc")).status, 400);
  EXPECT_EQ(http_get(url("/api/runs/-1")).status, 400);
}

TEST_F(HttpServerTest, MetricsParseAsPrometheusText) {
  runner_.set_summary(json::object{
      {"connectors", {{"jc", {{"requests", 4}, {"retries", 1}, {"throttled", 0}}}}}});
  ASSERT_EQ(trigger(std::string("Bearer ") + kSecret).status, 202);
  ASSERT_TRUE(scheduler_->wait_idle(std::chrono::seconds(5)));
  auto r = http_get(url("/metrics"));
  ASSERT_EQ(r.status, 200);
  auto parsed = parse_prometheus_text(r.body);
  ASSERT_EQ(parsed.error, "") << r.body;
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "manual"}, {"status", "success"}}), 1);
  EXPECT_EQ(parsed.value("tributary_http_requests_total", {{"pipeline", "manual"}, {"connector", "jc"}}), 4);
  EXPECT_EQ(parsed.value("tributary_http_retries_total", {{"pipeline", "manual"}, {"connector", "jc"}}), 1);
  EXPECT_EQ(parsed.value("tributary_run_duration_seconds_count", {{"pipeline", "manual"}}), 1);
}

TEST_F(HttpServerTest, UnknownPathsAre404AndWrongMethods405) {
  EXPECT_EQ(http_get(url("/nope")).status, 404);
  EXPECT_EQ(http_get(url("/api")).status, 404);
  EXPECT_EQ(http_get(url("/api/pipelines/manual")).status, 404);
  EXPECT_EQ(http_get(url("/api/pipelines/manual/run")).status, 405);
  EXPECT_EQ(http_request("POST", url("/metrics")).status, 405);
  EXPECT_EQ(http_request("DELETE", url("/api/runs")).status, 405);
}

TEST_F(HttpServerTest, BodiesOverTheLimitGet413) {
  auto r = trigger(std::string("Bearer ") + kSecret, "manual", std::string(100'000, 'x'));
  EXPECT_EQ(r.status, 413) << r.body;
  auto raw = raw_exchange(
      "POST /api/pipelines/manual/run HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
  EXPECT_EQ(raw.rfind("HTTP/1.1 413", 0), 0U) << raw;
  EXPECT_TRUE(store_->runs(std::nullopt, 0).empty());
  expect_alive();
}

TEST_F(HttpServerTest, MalformedRequestsNeverCrashIt) {
  std::mt19937 gen(7);
  std::string noise(4096, '\0');
  for (auto& c : noise) c = static_cast<char>(gen());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {noise, "HTTP/1.1 400"},
      {"GET / HTTP/9.9\r\n\r\n", "HTTP/1.1 400"},
      {"GET /healthz HTTP/1.1\r\nNoColonHere\r\n\r\n", "HTTP/1.1 400"},
      {"GET /healthz HTTP/1.1\r\nX: " + std::string(20'000, 'a') + "\r\n\r\n", "HTTP/1.1 431"},
      {"POST /api/pipelines/manual/run HTTP/1.1\r\nContent-Length: abc\r\n\r\n", "HTTP/1.1 400"},
      {"POST /api/pipelines/manual/run HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
       "HTTP/1.1 400"},
      {"GET /heal", ""},  // cut short: the server just closes
      {"GET http://[::1 HTTP/1.1\r\n\r\n", "HTTP/1.1 400"},
  };
  for (const auto& [bytes, expected] : cases) {
    auto answer = raw_exchange(bytes);
    if (expected.empty()) EXPECT_EQ(answer, "");
    else EXPECT_EQ(answer.rfind(expected, 0), 0U) << "sent: " << bytes.substr(0, 60) << "\ngot: " << answer;
    expect_alive();
  }
}

TEST_F(HttpServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  auto answer = raw_exchange(
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /api/runs HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_NE(answer.find("HTTP/1.1 200"), std::string::npos);
  EXPECT_NE(answer.find("\"runs\""), std::string::npos);
  EXPECT_NE(answer.find("HTTP/1.1 404"), std::string::npos);
}
