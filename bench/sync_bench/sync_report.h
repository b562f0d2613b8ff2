#pragma once
// The figures sync_bench prints: wall times, the ratio, requests and 429s per vendor (from the
// sandbox's own counters), the rate-limit floor, peak RSS, and the fault run's verdict.

#include <optional>
#include <ostream>
#include <string>

#include "bench/sync_bench/baseline.h"
#include "bench/sync_bench/bench_sandbox.h"
#include "bench/sync_bench/sync_options.h"
#include "bench/sync_bench/tributary_run.h"

namespace tributary::bench {

struct FaultOutcome {
  TributaryRun run;
  SandboxStats stats;
  std::string store_difference;  // empty: the store is identical to the fault-free run's
};

struct SyncFigures {
  SyncBenchOptions options;
  BenchConnectors connectors;
  TributaryRun tributary;
  SandboxStats tributary_stats;
  std::optional<BaselineResult> baseline;
  SandboxStats baseline_stats;
  std::optional<FaultOutcome> faults;
};

// Seconds the vendors' budgets allow at best: the slowest vendor's requests / rate.
double floor_seconds(const SandboxStats& stats, const BenchConnectors& connectors, int rate);

void print_sync_report(const SyncFigures& f, std::ostream& out);

}  // namespace tributary::bench
