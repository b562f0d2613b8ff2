// `tributary serve` end to end: the real binary, the real JustCall plugin, the real sandbox, a
// real SQLite file; signals, restarts and the HTTP trigger.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "host/serve/slot_ledger.h"
#include "tests/serve/prometheus_parser.h"
#include "tests/serve/serve_env.h"
#include "tributary/sdk/time.h"

using namespace tributary::testing;
using namespace std::chrono_literals;

namespace {

constexpr auto kRunTimeout = std::chrono::seconds(40);

std::size_t count_running(const ServeEnv& env) {
  return env.query("SELECT id FROM runs WHERE status = 'running'").size();
}

std::string iso(std::chrono::sys_seconds t) {
  return tributary::sdk::format_iso8601_utc(t.time_since_epoch().count());
}

void send_junk(int port) {
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)});
  boost::system::error_code ec;
  net::write(socket, net::buffer(std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03junk\r\n\r\n", 22)), ec);
}

int port_of(const std::string& url) { return std::stoi(url.substr(url.rfind(':') + 1)); }

}  // namespace

TEST(ServeE2E, TriggerIsAuthenticatedNeverOverlapsAndFeedsHistoryAndMetrics) {
  ServeEnv env({"--latency-ms", "150"});
  env.quiet_schedule();  // a ten-minute boundary would start a second, scheduled run
  env.start_serve();
  EXPECT_EQ(env.trigger("sales-metrics", "").status, 401);
  EXPECT_EQ(env.trigger("sales-metrics", "Bearer not-the-secret").status, 401);
  auto accepted = env.trigger();
  ASSERT_EQ(accepted.status, 202) << accepted.body;
  const auto id = parse_json(accepted.body).at("run_id").as_int64();
  auto busy = env.trigger();  // the sandbox's latency keeps the first run going
  ASSERT_EQ(busy.status, 409) << busy.body;
  EXPECT_EQ(parse_json(busy.body).at("running_run_id").as_int64(), id);

  auto run = env.wait_for_run(id, kRunTimeout);
  ASSERT_EQ(run.at("status"), "success") << run;
  EXPECT_EQ(run.at("trigger"), "http");
  const auto requests = run.at("summary").at("connectors").at("justcall").at("requests").as_int64();
  EXPECT_GT(requests, 0);

  auto metrics = http_get(env.url("/metrics"));
  auto parsed = parse_prometheus_text(metrics.body);
  ASSERT_EQ(parsed.error, "") << metrics.body;
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "sales-metrics"}, {"status", "success"}}), 1);
  EXPECT_EQ(parsed.value("tributary_http_requests_total",
                         {{"pipeline", "sales-metrics"}, {"connector", "justcall"}}),
            static_cast<double>(requests));
  EXPECT_GT(*parsed.value("tributary_last_success_timestamp_seconds", {{"pipeline", "sales-metrics"}}), 0);

  auto huge = http_request("POST", env.url("/api/pipelines/sales-metrics/run"),
                           std::string(1 << 20, 'x'), "Bearer " + std::string(kTriggerSecret));
  EXPECT_EQ(huge.status, 413);
  send_junk(port_of(env.url("")));
  EXPECT_EQ(http_get(env.url("/healthz")).status, 200) << "junk bytes do not hurt it";

  auto listed = env.tributary({"runs", "--json"});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  auto runs = parse_json(listed.out).at("runs").as_array();
  ASSERT_EQ(runs.size(), 1U) << listed.out;
  EXPECT_EQ(runs[0].at("id").as_int64(), id);

  env.signal(SIGTERM);
  auto exit = env.finish_serve();
  EXPECT_EQ(exit.exit_code, 0) << exit.err;
  EXPECT_NE(exit.err.find("run #" + std::to_string(id) + " of sales-metrics (http): success"),
            std::string::npos)
      << exit.err;
  EXPECT_EQ(count_running(env), 0U);
}

TEST(ServeE2E, RestartRecordsMissedSlotsAndCatchesUpTheLatestOnce) {
  ServeEnv env;
  // The quiet schedule is a daily UTC slot twelve hours away from now: it cannot come due while
  // the test runs, and the newest slot before now is exactly twelve hours before this hour began.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto this_hour = std::chrono::floor<std::chrono::hours>(now);
  env.quiet_schedule(now);
  replace_in_file(env.pipeline_file(), "catch_up: none", "catch_up: latest");
  const auto newest = std::chrono::sys_seconds{this_hour - 12h};
  ASSERT_EQ(env.tributary({"runs"}).exit_code, 0);  // creates the store
  {
    auto store = tributary::host::open_sqlite_store(env.db());
    tributary::host::SlotLedger(*store).set_considered_through(
        "sales-metrics", now - std::chrono::hours(24 * 3 + 1), now);
  }

  env.start_serve();
  ASSERT_TRUE(wait_until(
      [&] { return !env.query("SELECT id FROM runs WHERE trigger = 'schedule' AND status = 'success'").empty(); },
      kRunTimeout));
  auto missed = env.query("SELECT started_at FROM runs WHERE status = 'missed' ORDER BY id");
  ASSERT_EQ(missed.size(), 2U);
  EXPECT_EQ(missed[0]["started_at"], iso(newest - std::chrono::hours(48)));
  EXPECT_EQ(missed[1]["started_at"], iso(newest - std::chrono::hours(24)));
  EXPECT_EQ(env.query("SELECT id FROM runs WHERE trigger = 'schedule' AND status <> 'missed'").size(), 1U);
  auto parsed = parse_prometheus_text(http_get(env.url("/metrics")).body);
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "sales-metrics"}, {"status", "missed"}}), 2);
  env.signal(SIGTERM);
  EXPECT_EQ(env.finish_serve().exit_code, 0);

  env.start_serve();  // nothing more was missed since
  env.signal(SIGTERM);
  EXPECT_EQ(env.finish_serve().exit_code, 0);
  EXPECT_EQ(env.query("SELECT id FROM runs WHERE trigger = 'schedule'").size(), 3U);
  EXPECT_EQ(count_running(env), 0U);
}

TEST(ServeE2E, SighupRejectsABrokenConfigAndAdoptsAGoodOne) {
  ServeEnv env;
  const auto quiet = env.quiet_schedule();
  env.start_serve();
  EXPECT_EQ(env.health().at("config_generation").as_int64(), 1);

  replace_in_file(env.pipeline_file(), "cron: \"" + quiet + "\"", "cron: \"61 * * * *\"");
  env.signal(SIGHUP);
  ASSERT_TRUE(wait_until([&] { return env.health().as_object().contains("last_reload"); }, 20s));
  auto reload = env.health().at("last_reload");
  EXPECT_EQ(reload.at("ok"), false);
  EXPECT_NE(boost::json::serialize(reload.at("errors")).find("minute: 61 is out of range 0-59"),
            std::string::npos)
      << reload;
  auto accepted = env.trigger();
  ASSERT_EQ(accepted.status, 202) << "the old configuration keeps running: " << accepted.body;
  EXPECT_EQ(env.wait_for_run(parse_json(accepted.body).at("run_id").as_int64(), kRunTimeout)
                .at("status"),
            "success");

  replace_in_file(env.pipeline_file(), "cron: \"61 * * * *\"", "cron: \"" + quiet + "\"");
  write_file(env.config_dir() + "/pipelines/second.yaml", read_file(env.pipeline_file()));
  env.signal(SIGHUP);
  ASSERT_TRUE(wait_until([&] { return env.health().at("config_generation").as_int64() == 2; }, 20s));
  EXPECT_EQ(env.health().at("last_reload").at("ok"), true);
  auto second = env.trigger("second");
  ASSERT_EQ(second.status, 202) << second.body;
  env.wait_for_run(parse_json(second.body).at("run_id").as_int64(), kRunTimeout);

  env.signal(SIGTERM);
  auto exit = env.finish_serve();
  EXPECT_EQ(exit.exit_code, 0) << exit.err;
  EXPECT_NE(exit.err.find("configuration rejected"), std::string::npos) << exit.err;
  EXPECT_EQ(count_running(env), 0U);
}

TEST(ServeE2E, SigtermLetsTheRunInFlightFinishAndExitsZero) {
  ServeEnv env({"--latency-ms", "300"});
  env.quiet_schedule();
  env.start_serve({"--grace", "30"});
  auto accepted = env.trigger();
  ASSERT_EQ(accepted.status, 202);
  const auto id = parse_json(accepted.body).at("run_id").as_int64();
  env.signal(SIGTERM);
  auto exit = env.finish_serve(std::chrono::seconds(60));
  EXPECT_EQ(exit.exit_code, 0) << exit.err;
  auto row = env.query("SELECT status FROM runs WHERE id = " + std::to_string(id));
  ASSERT_EQ(row.size(), 1U);
  EXPECT_EQ(row[0]["status"], "success") << "the run finished inside the grace period";
  EXPECT_EQ(count_running(env), 0U);
}

TEST(ServeE2E, SecondSignalExitsAtOnceAndTheNextStartClosesTheRow) {
  ServeEnv env({"--latency-ms", "1500"});
  env.quiet_schedule();
  env.start_serve();
  auto accepted = env.trigger();
  ASSERT_EQ(accepted.status, 202);
  const auto id = parse_json(accepted.body).at("run_id").as_int64();
  env.signal(SIGTERM);
  // The first signal is handled once the server says it is stopping; then the second.
  ASSERT_TRUE(wait_until([&] { return http_get(env.url("/healthz")).status == 503; }, 10s));
  env.signal(SIGTERM);
  auto exit = env.finish_serve(std::chrono::seconds(10));
  EXPECT_EQ(exit.exit_code, 130) << exit.err;

  auto listed = env.tributary({"runs"});  // the store opens fine
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  env.start_serve();
  auto row = env.query("SELECT status, summary FROM runs WHERE id = " + std::to_string(id));
  ASSERT_EQ(row.size(), 1U);
  EXPECT_EQ(row[0]["status"], "failed") << row[0]["summary"];
  env.signal(SIGTERM);
  EXPECT_EQ(env.finish_serve().exit_code, 0);
}
