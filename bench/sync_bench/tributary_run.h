#pragma once
// One timed `tributary run <pipeline> --json` of the real binary: wall time, peak RSS and peak
// thread count of that process alone, and the counters of its summary.

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>

#include "bench/support/child_process.h"

namespace tributary::bench {

struct TributaryRun {
  ChildExit exit;
  int peak_threads = 0;
  boost::json::object summary;
  std::int64_t requests = 0;
  std::int64_t retries = 0;
  std::int64_t throttled = 0;
  std::int64_t server_errors = 0;
  std::string status;
};

// Output goes to `<log_stem>.out` / `<log_stem>.err`. Throws when the output is not a summary.
TributaryRun run_tributary(const std::string& binary, const std::string& config_dir,
                           const std::map<std::string, std::string>& env,
                           const std::string& now_iso, const std::string& pipeline,
                           const std::string& log_stem);

}  // namespace tributary::bench
