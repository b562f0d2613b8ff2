// Issue 2's checks, end to end: real binaries, real plugin, real sandbox, real SQLite file.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "tests/integration/demo_env.h"
#include "tests/support/http_get.h"

using namespace tributary::testing;
namespace json = boost::json;

namespace {

// Our user id for a sandbox agent email (the demo users are repN@example.com).
std::string user_for_email(std::string email) {
  std::transform(email.begin(), email.end(), email.begin(), ::tolower);
  return email.substr(0, email.find('@'));
}

struct DayTotals {
  double calls = 0;
  double seconds = 0;
};

// user -> date -> totals, from the sandbox's own accounting of what it served.
std::map<std::string, std::map<std::string, DayTotals>> expected_by_user(const json::value& expected) {
  std::map<std::string, std::map<std::string, DayTotals>> out;
  for (const auto& agent : expected.at("agents").as_array()) {
    auto user = user_for_email(std::string(agent.at("email").as_string()));
    if (user.rfind("rep", 0) != 0) continue;  // agents that are not our users (ghost@)
    for (const auto& day : agent.at("days").as_array()) {
      DayTotals t;
      t.calls = day.at("calls_handled").to_number<double>();
      t.seconds = day.at("conversation_seconds").to_number<double>();
      if (t.calls > 0) out[user][std::string(day.at("date").as_string())] = t;
    }
  }
  return out;
}

std::map<std::string, std::string> metric_rows(const DemoEnv& env) {
  std::map<std::string, std::string> rows;
  for (auto& r : env.query("SELECT id, value, metadata, created_at, updated_at FROM metrics "
                           "WHERE source = 'justcall' ORDER BY id"))
    rows[r["id"]] = r["value"] + "|" + r["metadata"] + "|" + r["created_at"] + "|" + r["updated_at"];
  return rows;
}

json::object run_json(const DemoEnv& env, const std::vector<std::string>& extra = {},
                      int expected_exit = 0) {
  std::vector<std::string> args = {"run", "sales-metrics", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = env.tributary(args);
  EXPECT_EQ(r.exit_code, expected_exit) << r.err << r.out;
  return parse_json_or_fail(r.out).as_object();
}

}  // namespace

TEST(Foundation, PluginsListShowsJustcallWithItsVersion) {
  DemoEnv env;
  auto r = env.tributary({"plugins", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("justcall"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0.1.0"), std::string::npos) << r.out;
}

TEST(Foundation, ValidateAcceptsTheDemoConfig) {
  DemoEnv env;
  auto r = env.tributary({"validate"});
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_NE(r.out.find("is valid"), std::string::npos) << r.out;
}

TEST(Foundation, ValidateNamesFileLineAndColumnOfEachBreakage) {
  struct Case {
    std::string file, what, with, expect_location, expect_words;
    tributary::testing::Env env;
  };
  std::vector<Case> cases = {
      {"users.yaml", "name: Rep One", "nmae: Rep One", "users.yaml:2:", "did you mean 'name'", {}},
      {"goals.yaml", "target: 15}", "target: lots}", "goals.yaml:2:", "target", {}},
      {"pipelines/sales-metrics.yaml", "plugin: justcall", "plugin: justcal",
       "sales-metrics.yaml:13:", "did you mean 'justcall'", {}},
      {"pipelines/sales-metrics.yaml", "api_key: \"${JUSTCALL_API_KEY}\"",
       "api_key: \"${JUSTCALL_API_KEY_MISSING}\"", "sales-metrics.yaml:18:", "JUSTCALL_API_KEY_MISSING", {}},
      {"pipelines/sales-metrics.yaml", "base_url:", "base_ulr:", "sales-metrics.yaml:17:",
       "did you mean 'base_url'", {}},
  };
  for (const auto& c : cases) {
    DemoEnv env;
    replace_in_file(env.config_dir() + "/" + c.file, c.what, c.with);
    auto r = env.tributary({"validate"});
    EXPECT_EQ(r.exit_code, 2) << c.with << "\n" << r.err;
    EXPECT_NE(r.err.find(c.expect_location), std::string::npos) << c.with << "\n" << r.err;
    EXPECT_NE(r.err.find(c.expect_words), std::string::npos) << c.with << "\n" << r.err;
  }
}

TEST(Foundation, RunTwiceGivesIdenticalRowsThatMatchWhatTheSandboxServed) {
  DemoEnv env;
  auto first = run_json(env);
  ASSERT_TRUE(first.at("success").as_bool()) << json::serialize(first);
  EXPECT_EQ(first.at("totalUsers").as_int64(), 6);  // 7 users, one inactive
  EXPECT_EQ(first.at("failCount").as_int64(), 0);
  auto rows_after_first = metric_rows(env);
  ASSERT_FALSE(rows_after_first.empty());

  // The user JustCall does not know is a skip with a warning, not a failure.
  bool saw_newhire = false;
  for (const auto& r : first.at("results").as_array()) {
    if (r.at("userId").as_string() != "newhire") continue;
    saw_newhire = true;
    EXPECT_TRUE(r.at("success").as_bool());
    EXPECT_EQ(r.at("sources").at("justcall").at("status").as_string(), "skipped");
    EXPECT_FALSE(r.at("warnings").as_array().empty());
  }
  EXPECT_TRUE(saw_newhire);

  auto second = run_json(env);
  EXPECT_TRUE(second.at("success").as_bool());
  EXPECT_EQ(metric_rows(env), rows_after_first) << "a second run changed the metrics table";
  EXPECT_EQ(second.at("connectors").at("copper").at("inserted").as_int64(), 0);
  EXPECT_EQ(second.at("connectors").at("copper").at("updated").as_int64(), 0);
  EXPECT_EQ(second.at("connectors").at("justcall").at("inserted").as_int64(), 0);
  EXPECT_EQ(second.at("connectors").at("justcall").at("updated").as_int64(), 0);

  auto start = std::string(first.at("window").at("start").as_string());
  auto end = std::string(first.at("window").at("end").as_string());
  auto expected = expected_by_user(env.expected_justcall(start, end));
  std::size_t expected_rows = 0;
  for (const auto& [user, days] : expected) {
    for (const auto& [date, t] : days) {
      expected_rows += 2;
      auto calls = env.query("SELECT value FROM metrics WHERE id = '" + user +
                             "_phone_call_quantity_" + date + "_justcall'");
      ASSERT_EQ(calls.size(), 1u) << user << " " << date;
      EXPECT_EQ(std::stod(calls[0]["value"]), t.calls) << user << " " << date;
      auto talk = env.query("SELECT value FROM metrics WHERE id = '" + user +
                            "_talk_time_minutes_" + date + "_justcall'");
      ASSERT_EQ(talk.size(), 1u) << user << " " << date;
      EXPECT_NEAR(std::stod(talk[0]["value"]), t.seconds / 60.0, 1e-9) << user << " " << date;
    }
  }
  EXPECT_EQ(rows_after_first.size(), expected_rows) << "rows the sandbox never served";

  // Every run is in the history.
  auto runs = env.query("SELECT status FROM runs ORDER BY id");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0]["status"], "success");
}

TEST(Foundation, GoalsShowCurrentValuesAndPaceForAFixedInstant) {
  DemoEnv env;
  run_json(env);
  // Wednesday 2026-11-18 12:00 in Denver (19:00 UTC): the week is Mon 16 .. Sun 22.
  auto r = env.tributary({"--now", "2026-11-18T19:00:00Z", "goals", "--json", "--user", "rep1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto goals = parse_json_or_fail(r.out).as_array();
  ASSERT_FALSE(goals.empty());
  bool checked = false;
  for (const auto& g : goals) {
    if (g.at("type").as_string() != "phone_call_quantity" || g.at("period").as_string() != "weekly") continue;
    checked = true;
    EXPECT_EQ(g.at("period_start").as_string(), "2026-11-16");
    EXPECT_EQ(g.at("period_end").as_string(), "2026-11-22");
    auto sums = env.query(
        "SELECT COALESCE(SUM(value),0) AS s FROM metrics WHERE user_id='rep1' AND type='phone_call_quantity' "
        "AND source='justcall' AND date BETWEEN '2026-11-16' AND '2026-11-22'");
    EXPECT_DOUBLE_EQ(g.at("current").to_number<double>(), std::stod(sums[0]["s"]));
    const auto& pace = g.at("pace");
    // 2.5 of 7 days elapsed.
    EXPECT_NEAR(pace.at("elapsed_fraction").to_number<double>(), 2.5 / 7.0, 1e-9);
    EXPECT_NEAR(pace.at("expected_by_now").to_number<double>(), 75 * 2.5 / 7.0, 1e-9);
    EXPECT_EQ(pace.at("days_remaining").as_int64(), 5);
    double current = g.at("current").to_number<double>();
    EXPECT_NEAR(pace.at("needed_per_day").to_number<double>(), std::max(75 - current, 0.0) / 5, 1e-9);
  }
  EXPECT_TRUE(checked);
}

TEST(Foundation, APluginBuiltForAnotherAbiIsRefusedByName) {
  DemoEnv env;
  auto r = env.tributary({"plugins", "describe", "abitwo"},
                         {{"TRIBUTARY_PLUGIN_PATH", std::string(TRIBUTARY_PLUGIN_DIR) + ":" + FAKE_PLUGIN_DIR}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("abi_major: expected 1, plugin has 2"), std::string::npos) << r.err;
}

TEST(Foundation, KillingTheSandboxMidRunFailsUsersWithoutPartialDays) {
  DemoEnv env({"--latency-ms", "150"});
  replace_in_file(env.config_dir() + "/pipelines/sales-metrics.yaml",
                  "max_retries: 4, backoff_base_ms: 200, backoff_max_ms: 5000",
                  "max_retries: 1, backoff_base_ms: 20, backoff_max_ms: 50");
  auto run = env.tributary_background({"run", "sales-metrics", "--json", "--concurrency", "2"});
  // Kill it once JustCall has served a few requests: some units are mid-flight, some not started.
  ASSERT_TRUE(wait_until(
      [&] {
        auto s = http_get(env.sandbox().url("/_sandbox/stats"));
        if (s.status != 200) return false;
        auto stats = parse_json_or_fail(s.body);
        return stats.at("vendors").at("justcall").at("requests").to_number<std::int64_t>() >= 3;
      },
      std::chrono::seconds(20)));
  env.sandbox().kill_now();
  auto r = run.finish(std::chrono::seconds(120));
  ASSERT_EQ(r.signal, 0) << "tributary crashed: " << r.err;
  EXPECT_TRUE(r.exit_code == 3 || r.exit_code == 1) << r.exit_code << r.err;
  auto summary = parse_json_or_fail(r.out).as_object();
  EXPECT_GE(summary.at("failCount").as_int64(), 1);
  // Each (user, source) unit is all or nothing: a failed one left no rows at all (the store was
  // empty before), a successful one wrote its whole window.
  int failed_units = 0;
  for (const auto& u : summary.at("results").as_array()) {
    auto user = std::string(u.at("userId").as_string());
    if (!u.at("success").as_bool()) {
      EXPECT_FALSE(u.at("errors").as_array().empty()) << user;
    }
    for (const auto& [source, entry] : u.at("sources").as_object()) {
      auto rows = env.query("SELECT COUNT(*) AS n FROM metrics WHERE user_id='" + user +
                            "' AND source='" + std::string(source) + "'");
      auto status = std::string(entry.at("status").as_string());
      if (status == "failed") {
        ++failed_units;
        EXPECT_EQ(rows[0]["n"], "0") << user << "/" << std::string(source) << " failed but has rows";
      } else if (status == "ok") {
        EXPECT_EQ(rows[0]["n"], std::to_string(entry.at("metricsWritten").as_int64()))
            << user << "/" << std::string(source);
      }
    }
  }
  EXPECT_GE(failed_units, 1);
  auto runs = env.query("SELECT status FROM runs");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_NE(runs[0]["status"], "success");
}
