#pragma once
// The original system's way of doing the same work: one user after another, each user's sources
// one after another, one request at a time, and a 500 ms pause after every user
// (docs/performance.md). It runs in this process with the same plugins, the same HTTP client and
// the same store as Tributary, so the only difference measured is the schedule.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "bench/sync_bench/sync_options.h"

namespace tributary::bench {

struct BaselineResult {
  std::chrono::steady_clock::duration wall{};
  int failed_runs = 0;
  std::int64_t requests = 0;
  std::int64_t retries = 0;
  int goals_updated = 0;
};

// `env` supplies ${SANDBOX_PORT} and ${TRIBUTARY_DB}; `now_iso` fixes the clock, so the window
// and goal periods are the ones the timed Tributary run used.
BaselineResult run_baseline(const std::string& config_dir,
                            const std::map<std::string, std::string>& env,
                            const BenchConnectors& connectors, const std::string& now_iso,
                            std::chrono::milliseconds pause);

}  // namespace tributary::bench
