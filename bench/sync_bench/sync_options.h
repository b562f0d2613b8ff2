#pragma once
// What sync_bench measures, from its flags.

#include <string>
#include <vector>

namespace tributary::bench {

struct FaultMix {
  double p429 = 0.10;  // with Retry-After: 1
  double p500 = 0.05;
  double p_slow = 0.02;
  int slow_ms = 2000;
};

struct SyncBenchOptions {
  int users = 100;
  int latency_ms = 50;
  int rate = 50;        // requests per second allowed per vendor account, sandbox and budgets
  int days = 5;         // the pipeline's window (Copper's 100,000-record search cap: see docs)
  int concurrency = 8;
  int max_retries = 8;  // the fault run must not run out of attempts
  bool skip_baseline = false;
  bool faults = false;
  FaultMix fault_mix;
  std::string bin_dir;     // tributary and tributary-sandbox
  std::string plugin_dir;  // built plugins
  std::string work_dir;    // config, stores and logs; a fresh /tmp dir when empty
};

// The connectors the benchmark syncs: JustCall always, Copper when both its plugin and its
// sandbox module exist.
struct BenchConnectors {
  bool copper = false;
  std::vector<std::string> names() const {
    return copper ? std::vector<std::string>{"justcall", "copper"}
                  : std::vector<std::string>{"justcall"};
  }
};

}  // namespace tributary::bench
