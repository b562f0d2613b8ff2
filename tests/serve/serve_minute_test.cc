// `tributary serve` on a real cron minute: one pipeline fires on the boundary, another one that a
// slow triggered run keeps busy has its slot skipped — never two runs of it at once. Waits for
// at most one minute boundary (about 70 s), hence a binary of its own.
#include <gtest/gtest.h>
#include <signal.h>

#include "tests/serve/serve_env.h"
#include "tributary/sdk/time.h"

using namespace tributary::testing;
using namespace std::chrono_literals;

namespace {

std::string iso(std::chrono::sys_seconds t) {
  return tributary::sdk::format_iso8601_utc(t.time_since_epoch().count());
}

// Waits for the wall clock, which is the condition here: the test is about real minutes.
bool wait_for_clock(std::chrono::system_clock::time_point t) {
  return wait_until([&] { return std::chrono::system_clock::now() >= t; }, 75s);
}

}  // namespace

TEST(ServeOnTheMinute, FiresOnTheBoundaryAndSkipsASlotWhileBusy) {
  ServeEnv env({"--latency-ms", "2000"});
  replace_in_file(env.pipeline_file(), "cron: \"*/10 * * * *\"", "cron: \"* * * * *\"");
  write_file(env.config_dir() + "/pipelines/busy.yaml", read_file(env.pipeline_file()));
  // The slot is the first boundary after serve starts, and at least 12 s away, so no earlier
  // boundary can fire while serve starts up and the busy run can be started 2 s before it.
  // If the next boundary is nearer than that, let it pass first. Serve also runs a slot that
  // came due in the very second it starts (the scheduler works in whole seconds), so it must
  // not start within 2 s after a boundary either.
  auto next_boundary = [] {
    return std::chrono::ceil<std::chrono::minutes>(std::chrono::system_clock::now());
  };
  const auto now = std::chrono::system_clock::now();
  const auto previous_boundary = std::chrono::floor<std::chrono::minutes>(now);
  if (now - previous_boundary < 2s) {
    ASSERT_TRUE(wait_for_clock(previous_boundary + 2s));
  } else if (next_boundary() - now < 12s) {
    ASSERT_TRUE(wait_for_clock(next_boundary() + 2s));
  }
  const auto boundary = next_boundary();
  const auto slot = std::chrono::sys_seconds{std::chrono::floor<std::chrono::seconds>(boundary)};
  env.start_serve();
  ASSERT_LT(std::chrono::system_clock::now(), boundary - 2s)
      << "serve took more than 10 s to start; the slot cannot be tested";
  ASSERT_TRUE(wait_for_clock(boundary - 2s));
  auto busy = env.trigger("busy");
  ASSERT_EQ(busy.status, 202) << busy.body;
  const auto busy_id = parse_json(busy.body).at("run_id").as_int64();

  ASSERT_TRUE(wait_until(
      [&] {
        return !env.query("SELECT id FROM runs WHERE pipeline = 'sales-metrics' AND "
                          "trigger = 'schedule' AND status <> 'running'").empty() &&
               !env.query("SELECT id FROM runs WHERE pipeline = 'busy' AND status = 'skipped'")
                    .empty();
      },
      60s));
  auto on_time = env.query("SELECT started_at, status FROM runs WHERE pipeline = 'sales-metrics'");
  ASSERT_GE(on_time.size(), 1U);
  EXPECT_EQ(on_time[0]["status"], "success");
  const auto started = tributary::sdk::parse_iso8601(on_time[0]["started_at"]);
  ASSERT_TRUE(started);
  EXPECT_GE(*started, slot.time_since_epoch().count()) << "never before its slot";
  EXPECT_LE(*started, slot.time_since_epoch().count() + 2) << "within two seconds of it";

  auto skipped = env.query("SELECT started_at, summary FROM runs WHERE pipeline = 'busy' AND status = 'skipped'");
  ASSERT_EQ(skipped.size(), 1U);
  EXPECT_EQ(skipped[0]["started_at"], iso(slot));
  EXPECT_NE(skipped[0]["summary"].find("run #" + std::to_string(busy_id) + " was still running"),
            std::string::npos)
      << skipped[0]["summary"];
  EXPECT_EQ(env.query("SELECT id FROM runs WHERE pipeline = 'busy' AND trigger = 'schedule' "
                      "AND status <> 'skipped'").size(), 0U);

  env.signal(SIGTERM);
  auto exit = env.finish_serve();
  EXPECT_EQ(exit.exit_code, 0) << exit.err;
  EXPECT_TRUE(env.query("SELECT id FROM runs WHERE status = 'running'").empty());
}
