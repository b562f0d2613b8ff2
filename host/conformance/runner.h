#pragma once
// Runs the selected checks on one plugin and collects the report.

#include <optional>
#include <string>
#include <vector>

#include "host/conformance/check_result.h"
#include "host/conformance/suite_context.h"
#include "tributary/sdk/status.h"

namespace tributary::host::conformance {

struct RunRequest {
  std::string plugin;  // a library path or a plugin name on the plugin path
  std::optional<std::string> config_path;
  std::vector<std::string> suites;  // empty: all, in their order
  std::vector<std::string> plugin_dirs;
  RunnerOptions options;
};

struct Report {
  std::string plugin;   // name and version as the plugin reports them, or the argument
  std::string library;
  std::string config_path;
  std::string endpoint;  // where plugin-running checks sent their requests
  std::vector<CheckResult> checks;
  bool success() const;
};

// kConfig failure when the plugin cannot be found, a suite name is unknown, or the conformance
// file has errors (each "file:line:column: message" on its own line).
sdk::Result<Report> run_conformance(const RunRequest& request);

}  // namespace tributary::host::conformance
