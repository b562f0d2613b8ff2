#include "tests/throughput/throughput_env.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/http_get.h"

namespace tributary::testing {

namespace {

std::string connector(const std::string& plugin, const std::string& config) {
  // Enough attempts that 15 % failed requests never exhaust them (0.15^11 per request).
  return "  - plugin: " + plugin +
         "\n"
         "    rate_budget: {requests: 20, per_seconds: 1}\n"
         "    http: {timeout_ms: 10000, max_retries: 10, backoff_base_ms: 50, backoff_max_ms: 2000}\n"
         "    config:\n" +
         config;
}

std::string pipeline(bool copper) {
  std::string y =
      "window:\n  days: 7\nusers: all\nconcurrency: 4\nupdate_goals: true\nconnectors:\n" +
      connector("justcall",
                "      base_url: \"http://127.0.0.1:${SANDBOX_PORT}/justcall\"\n"
                "      api_key: demo-key\n"
                "      api_secret: demo-secret\n");
  if (copper)
    y += connector("copper",
                   "      base_url: \"http://127.0.0.1:${SANDBOX_PORT}/copper/developer_api/v1\"\n"
                   "      api_key: demo-copper-key\n"
                   "      user_email: owner@example.com\n"
                   "      lead_stage_a: [\"Fact Finding\"]\n"
                   "      closed_won_stages: [\"Payment Received\"]\n");
  return y;
}

}  // namespace

ThroughputEnv::ThroughputEnv(const std::vector<std::string>& sandbox_flags) {
  copper_ = std::filesystem::exists(std::string(TRIBUTARY_PLUGIN_DIR) + "/libtributary-copper.so");
  const auto config = dir_.file("config");
  std::filesystem::create_directories(config + "/pipelines");
  write_file(config + "/tributary.yaml",
             "organization: {timezone: America/Denver, currency: USD, default_country: US}\n"
             "store: {driver: sqlite, path: \"" + db() + "\"}\n"
             "plugin_dirs: [\"" + std::string(TRIBUTARY_PLUGIN_DIR) + "\"]\n"
             "log: {format: text, level: warn}\n");
  std::string users = "users:\n";
  for (int i = 1; i <= 5; ++i)
    users += "  - {id: rep" + std::to_string(i) + ", email: rep" + std::to_string(i) + "@example.com}\n";
  write_file(config + "/users.yaml", users);
  write_file(config + "/goals.yaml",
             "goals:\n"
             "  - {user: \"*\", type: phone_call_quantity, period: weekly, target: 75}\n"
             "  - {user: \"*\", type: talk_time_minutes, period: monthly, target: 600}\n");
  write_file(config + "/pipelines/sync.yaml", pipeline(copper_));
  sandbox_ = std::make_unique<SandboxProcess>(sandbox_flags);
}

boost::json::object ThroughputEnv::run(const std::string& now, ProcessResult* raw) const {
  auto r = run_process({bin("tributary"), "--config", dir_.file("config"), "--now", now, "run",
                        "sync", "--json"},
                       {{"SANDBOX_PORT", std::to_string(sandbox_->port())}, {"TRIBUTARY_CONFIG", ""}});
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out.substr(0, 2000);
  if (raw) *raw = r;
  boost::system::error_code ec;
  auto doc = boost::json::parse(r.out, ec);
  if (ec || !doc.is_object()) {
    ADD_FAILURE() << "not a JSON summary: " << r.out.substr(0, 500) << r.err;
    return {};
  }
  return doc.as_object();
}

boost::json::object ThroughputEnv::sandbox_stats() const {
  auto r = http_get(sandbox_->url("/_sandbox/stats"));
  EXPECT_EQ(r.status, 200) << r.body;
  return boost::json::parse(r.body).as_object();
}

std::vector<Row> ThroughputEnv::store_rows() const {
  std::vector<Row> rows;
  for (const char* sql : {"SELECT * FROM metrics ORDER BY id", "SELECT * FROM goals ORDER BY id",
                          "SELECT * FROM connector_state ORDER BY scope, key"}) {
    for (auto& row : sqlite_query(db(), sql)) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace tributary::testing
