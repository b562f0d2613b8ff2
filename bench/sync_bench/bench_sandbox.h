#pragma once
// The real tributary-sandbox, started for the benchmark: a set latency on every vendor request
// and a budget of `rate` requests per second per vendor (JustCall's burst window, Copper's window
// both set to 1 s), plus its admin endpoints (stats, faults).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/support/child_process.h"
#include "bench/sync_bench/sync_options.h"

namespace tributary::bench {

struct VendorCounts {
  std::int64_t requests = 0;
  std::int64_t injected_429 = 0;
  std::int64_t injected_500 = 0;
  std::int64_t injected_slow = 0;
  std::int64_t rate_limited_429 = 0;  // the sandbox's own rate limit refused the request
};
using SandboxStats = std::map<std::string, VendorCounts>;

class BenchSandbox {
 public:
  BenchSandbox(const std::string& binary, const SyncBenchOptions& options, const std::string& dir);

  int port() const { return port_; }
  std::string url(const std::string& path) const;
  SandboxStats stats() const;
  void reset_stats() const;
  void set_faults(const FaultMix& mix) const;
  void clear_faults() const;

 private:
  std::unique_ptr<ChildProcess> process_;
  int port_ = 0;
};

// Whether `binary --help` lists `flag` (the Copper module may not be built in yet).
bool sandbox_has_flag(const std::string& binary, const std::string& flag, const std::string& dir);

}  // namespace tributary::bench
