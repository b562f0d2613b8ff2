#include "bench/sync_bench/baseline.h"

#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "host/config/loader.h"
#include "host/core/system_clock.h"
#include "host/goals/goal_updater.h"
#include "host/http/http_client.h"
#include "host/runner/pipeline_runner.h"
#include "tributary/sdk/time.h"

namespace tributary::bench {

namespace {

host::EnvLookup env_lookup(const std::map<std::string, std::string>& env) {
  return [env](const std::string& name) -> std::optional<std::string> {
    if (auto it = env.find(name); it != env.end()) return it->second;
    if (const char* v = std::getenv(name.c_str())) return std::string(v);
    return std::nullopt;
  };
}

void add_counters(const host::RunReport& report, BaselineResult& out) {
  if (report.status != "success") ++out.failed_runs;
  if (!report.summary.contains("connectors")) return;
  for (const auto& [name, c] : report.summary.at("connectors").as_object()) {
    const auto& o = c.as_object();
    if (const auto* r = o.if_contains("requests"); r && r->is_int64()) out.requests += r->as_int64();
    if (const auto* r = o.if_contains("retries"); r && r->is_int64()) out.retries += r->as_int64();
  }
}

host::RunReport run_once(host::HostContext& host, const std::string& pipeline,
                         std::optional<std::string> user) {
  host::RunOptions o;
  o.pipeline = pipeline;
  o.user = std::move(user);
  o.concurrency = 1;
  o.trigger = "cli";
  auto report = host::run_pipeline(host, o);
  if (report.status == "config_error")
    throw std::runtime_error("baseline pipeline " + pipeline + ": " + report.error);
  return report;
}

}  // namespace

BaselineResult run_baseline(const std::string& config_dir,
                            const std::map<std::string, std::string>& env,
                            const BenchConnectors& connectors, const std::string& now_iso,
                            std::chrono::milliseconds pause) {
  auto loaded = host::load_config(config_dir, env_lookup(env));
  if (!loaded.errors.empty())
    throw std::runtime_error("baseline config: " + loaded.errors.front().to_string());
  auto now = sdk::parse_iso8601(now_iso);
  if (!now) throw std::invalid_argument("baseline: '" + now_iso + "' is not an ISO-8601 instant");
  host::FixedClock clock(std::chrono::system_clock::time_point{std::chrono::seconds{*now}});

  host::HostContext host;
  host.config = std::move(*loaded.config);
  host.clock = &clock;
  host.plugins = std::make_unique<host::PluginRegistry>(
      host::plugin_search_path(host.config.host.plugin_dirs));
  host::init_curl_globally();
  host.store = host::open_store(host.config.host.store);
  host.store->sync_users(host.config.users, *now);

  BaselineResult out;
  const auto started = std::chrono::steady_clock::now();
  // The original synced Copper first for each user. The Copper plugin reads the whole account in
  // one unit, so its one run goes ahead of the first user and no later user repeats it.
  if (connectors.copper) add_counters(run_once(host, "baseline-copper", std::nullopt), out);
  for (const auto& user : host.config.users) {
    add_counters(run_once(host, "baseline-justcall", user.id), out);
    std::this_thread::sleep_for(pause);
  }
  out.goals_updated = host::update_goals(*host.store, host.config, clock.now());
  out.wall = std::chrono::steady_clock::now() - started;
  return out;
}

}  // namespace tributary::bench
