#pragma once
// Runs one pipeline once: users x connectors as units with bounded concurrency, each unit in its
// own transaction and isolated from the others, then the goals, then the run history row.

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "host/runner/host_context.h"

namespace tributary::host {

class RunProgress;

struct RunOptions {
  std::string pipeline;
  std::optional<int> days;          // overrides the pipeline's window
  std::optional<std::string> from;  // with `to`: an explicit range of local dates
  std::optional<std::string> to;
  std::optional<std::string> user;  // only this user
  bool dry_run = false;
  std::string trigger = "cli";      // cli | schedule | http
  std::optional<int> concurrency;   // overrides the pipeline's
  // A runs row the caller already began (serve answers a trigger with its id before the run
  // starts); 0: the run begins its own row. On config_error the caller closes a row it began.
  std::int64_t run_id = 0;
  // false: the caller writes the row's end itself (serve does, after counting the run).
  bool finish_row = true;
  // Fed as units finish, for a live display (`tributary run` on stderr); may be null.
  RunProgress* progress = nullptr;
};

struct RunReport {
  int exit_code = 0;
  std::string status;                    // success | partial | failed | config_error
  boost::json::object summary;           // empty on config errors
  std::vector<ConfigError> config_errors;
  std::string error;                     // a failure before any unit ran
  std::int64_t run_id = 0;
};

RunReport run_pipeline(HostContext& host, const RunOptions& options);

}  // namespace tributary::host
