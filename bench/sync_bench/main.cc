// sync_bench: Tributary against the original system's sequential schedule, on the real
// tributary-sandbox with a set latency and a per-vendor rate limit. See docs/performance.md.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "bench/sync_bench/baseline.h"
#include "bench/sync_bench/bench_config.h"
#include "bench/sync_bench/bench_sandbox.h"
#include "bench/sync_bench/store_digest.h"
#include "bench/sync_bench/sync_report.h"
#include "bench/sync_bench/tributary_run.h"
#include "host/core/logging.h"
#include "tributary/sdk/time.h"

using namespace tributary::bench;

namespace {

void add_flags(CLI::App& app, SyncBenchOptions& o) {
  app.add_option("--users", o.users, "Users rep1..repN to sync")->check(CLI::Range(1, 100000))->capture_default_str();
  app.add_option("--latency-ms", o.latency_ms, "Latency the sandbox adds to every vendor request")
      ->check(CLI::Range(0, 10000))->capture_default_str();
  app.add_option("--rate", o.rate, "Requests per second the sandbox allows per vendor (and the budgets)")
      ->check(CLI::Range(1, 100000))->capture_default_str();
  app.add_option("--days", o.days, "The pipeline's window in days")->check(CLI::Range(1, 90))->capture_default_str();
  app.add_option("--concurrency", o.concurrency, "Units in flight in the Tributary run")
      ->check(CLI::Range(1, 256))->capture_default_str();
  app.add_flag("--skip-baseline", o.skip_baseline, "Do not run the sequential baseline");
  app.add_flag("--faults", o.faults,
               "Also run with faults (10 % 429 + Retry-After, 5 % 500, 2 % slow) and compare the "
               "store with the fault-free run's");
  app.add_option("--bin-dir", o.bin_dir, "Where tributary and tributary-sandbox are")->capture_default_str();
  app.add_option("--plugin-dir", o.plugin_dir, "Where the built plugins are")->capture_default_str();
  app.add_option("--work-dir", o.work_dir, "Keep config, stores and logs here (default: a temp dir, removed)");
}

std::string now_iso() {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch()).count();
  return tributary::sdk::format_iso8601_utc(now);
}

FaultOutcome fault_run(const BenchSandbox& sandbox, const SyncBenchOptions& o,
                       std::map<std::string, std::string> env, const std::string& dir,
                       const std::string& now, const std::string& clean_db) {
  FaultOutcome fo;
  env["TRIBUTARY_DB"] = dir + "/faults.db";
  sandbox.set_faults(o.fault_mix);
  sandbox.reset_stats();
  fo.run = run_tributary(o.bin_dir + "/tributary", dir + "/config", env, now, "bench", dir + "/faults");
  fo.stats = sandbox.stats();
  sandbox.clear_faults();
  fo.store_difference = compare_digests(digest_store(clean_db), digest_store(dir + "/faults.db"));
  return fo;
}

int run(SyncBenchOptions o) {
  const bool temp = o.work_dir.empty();
  const std::string dir = temp ? std::filesystem::temp_directory_path().string() + "/sync_bench." +
                                     std::to_string(::getpid())
                               : o.work_dir;
  std::filesystem::create_directories(dir);
  for (const char* db : {"tributary.db", "faults.db", "baseline.db"}) {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(dir + "/" + db + suffix);  // a kept work dir from an earlier run
  }
  BenchConnectors connectors;
  connectors.copper = std::filesystem::exists(o.plugin_dir + "/libtributary-copper.so") &&
                      sandbox_has_flag(o.bin_dir + "/tributary-sandbox", "--copper-rate-limit", dir);
  write_bench_config(dir + "/config", o, connectors);
  BenchSandbox sandbox(o.bin_dir + "/tributary-sandbox", o, dir);
  std::map<std::string, std::string> env = {{"SANDBOX_PORT", std::to_string(sandbox.port())},
                                            {"TRIBUTARY_DB", dir + "/tributary.db"},
                                            {"TRIBUTARY_CONFIG", ""}};
  const auto now = now_iso();
  std::cerr << "sync_bench: work dir " << dir << "; " << o.users << " users; running Tributary\n";

  SyncFigures f{o, connectors, {}, {}, std::nullopt, {}, std::nullopt};
  sandbox.reset_stats();
  f.tributary = run_tributary(o.bin_dir + "/tributary", dir + "/config", env, now, "bench", dir + "/tributary");
  f.tributary_stats = sandbox.stats();
  if (o.faults) {
    std::cerr << "sync_bench: running Tributary again with faults on\n";
    f.faults = fault_run(sandbox, o, env, dir, now, dir + "/tributary.db");
  }
  if (!o.skip_baseline) {
    std::cerr << "sync_bench: running the sequential baseline (about "
              << o.users / 2 + o.users * 3 * o.latency_ms / 1000 << " s or more)\n";
    auto baseline_env = env;
    baseline_env["TRIBUTARY_DB"] = dir + "/baseline.db";
    sandbox.reset_stats();
    f.baseline = run_baseline(dir + "/config", baseline_env, connectors, now, std::chrono::milliseconds{500});
    f.baseline_stats = sandbox.stats();
  }
  print_sync_report(f, std::cout);
  if (temp) std::filesystem::remove_all(dir);
  return f.tributary.status == "success" && (!f.faults || f.faults->store_difference.empty()) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  SyncBenchOptions o;
  const auto self = std::filesystem::canonical("/proc/self/exe").parent_path();
  o.bin_dir = self.string();
  o.plugin_dir = (self.parent_path() / "lib/tributary/plugins").string();
  CLI::App app{"Tributary vs the original sequential sync, on tributary-sandbox"};
  add_flags(app, o);
  CLI11_PARSE(app, argc, argv);
  try {
    tributary::host::configure_logging("text", "warn");
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "sync_bench: " << e.what() << "\n";
    return 2;
  }
}
