#include "bench/sync_bench/bench_config.h"

#include <filesystem>
#include <sstream>

#include "bench/support/child_process.h"

namespace tributary::bench {

namespace {

std::string connector_yaml(const std::string& plugin, const SyncBenchOptions& o) {
  std::ostringstream y;
  y << "  - plugin: " << plugin << "\n"
    << "    rate_budget: {requests: " << o.rate << ", per_seconds: 1}\n"
    << "    http: {timeout_ms: 15000, max_retries: " << o.max_retries
    << ", backoff_base_ms: 200, backoff_max_ms: 5000}\n"
    << "    config:\n";
  if (plugin == "justcall") {
    y << "      base_url: \"http://127.0.0.1:${SANDBOX_PORT}/justcall\"\n"
      << "      api_key: demo-key\n"
      << "      api_secret: demo-secret\n";
  } else {
    y << "      base_url: \"http://127.0.0.1:${SANDBOX_PORT}/copper/developer_api/v1\"\n"
      << "      api_key: demo-copper-key\n"
      << "      user_email: owner@example.com\n"
      << "      lead_stage_a: [\"Fact Finding\"]\n"
      << "      lead_stage_b: [\"Contact Stage\"]\n"
      << "      lead_stage_c: [\"Closing Stage\"]\n"
      << "      closed_won_stages: [\"Payment Received\"]\n";
  }
  return y.str();
}

std::string pipeline_yaml(const std::vector<std::string>& plugins, const SyncBenchOptions& o,
                          bool goals) {
  std::ostringstream y;
  y << "window:\n  days: " << o.days << "\n"
    << "users: all\n"
    << "concurrency: " << o.concurrency << "\n"
    << "update_goals: " << (goals ? "true" : "false") << "\n"
    << "connectors:\n";
  for (const auto& p : plugins) y << connector_yaml(p, o);
  return y.str();
}

}  // namespace

void write_bench_config(const std::string& dir, const SyncBenchOptions& options,
                        const BenchConnectors& connectors) {
  std::filesystem::create_directories(dir + "/pipelines");
  write_text_file(dir + "/tributary.yaml",
                  "organization:\n"
                  "  timezone: America/Denver\n"
                  "  currency: USD\n"
                  "  default_country: US\n"
                  "store:\n"
                  "  driver: sqlite\n"
                  "  path: \"${TRIBUTARY_DB}\"\n"
                  "plugin_dirs:\n"
                  "  - \"" + options.plugin_dir + "\"\n"
                  "log:\n"
                  "  format: text\n"
                  "  level: warn\n"
                  "source_policy:\n"
                  "  phone_call_quantity: {mode: prefer, sources: [justcall, copper]}\n"
                  "  talk_time_minutes: {mode: prefer, sources: [justcall, copper]}\n");
  std::ostringstream users;
  users << "users:\n";
  for (int i = 1; i <= options.users; ++i)
    users << "  - {id: rep" << i << ", email: rep" << i << "@example.com, name: Rep " << i << "}\n";
  write_text_file(dir + "/users.yaml", users.str());
  write_text_file(dir + "/goals.yaml",
                  "goals:\n"
                  "  - {user: \"*\", type: phone_call_quantity, period: daily, target: 15}\n"
                  "  - {user: \"*\", type: phone_call_quantity, period: weekly, target: 75}\n"
                  "  - {user: \"*\", type: talk_time_minutes, period: weekly, target: 600}\n"
                  "  - {user: \"*\", type: email_quantity, period: weekly, target: 100}\n"
                  "  - {user: \"*\", type: lead_progression_a, period: monthly, target: 10}\n");
  write_text_file(dir + "/pipelines/bench.yaml", pipeline_yaml(connectors.names(), options, true));
  write_text_file(dir + "/pipelines/baseline-justcall.yaml",
                  pipeline_yaml({"justcall"}, options, false));
  if (connectors.copper)
    write_text_file(dir + "/pipelines/baseline-copper.yaml",
                    pipeline_yaml({"copper"}, options, false));
}

}  // namespace tributary::bench
