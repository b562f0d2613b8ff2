#pragma once
// Writes the benchmark's config directory: N users rep1..repN (the sandbox's people), a few goals
// for everyone, and three pipelines over the same connectors and window:
//   bench             every connector, the run Tributary is timed on
//   baseline-justcall JustCall only, no goals (the baseline runs it one user at a time)
//   baseline-copper   Copper only, no goals
// The store path is ${TRIBUTARY_DB} and the sandbox port ${SANDBOX_PORT}, so one config serves
// every run.

#include <string>

#include "bench/sync_bench/sync_options.h"

namespace tributary::bench {

void write_bench_config(const std::string& dir, const SyncBenchOptions& options,
                        const BenchConnectors& connectors);

}  // namespace tributary::bench
