#pragma once
// The run summary: the JSON object `tributary run --json` prints and the runs table keeps, and
// the human table `tributary run` prints.

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "host/runner/unit_executor.h"

namespace tributary::host {

struct RunOutcome {
  std::int64_t run_id = 0;
  std::string pipeline;
  std::string trigger;
  sdk::Window window;
  std::string timezone;
  std::vector<sdk::UserRef> users;
  std::vector<UnitResult> units;
  std::map<std::string, int> goals_by_user;
  int goals_updated = 0;
  std::string goals_error;
  std::int64_t duration_ms = 0;
  bool dry_run = false;
  std::map<std::string, const HttpStats*> http_stats;  // by connector name
};

struct UserVerdict {
  bool success = true;
  int failures = 0;
};

// Builds the summary JSON (success, duration_ms, window, totalUsers, successCount, failCount,
// results[...], connectors{...}). `status` becomes success | partial | failed.
boost::json::object build_summary(const RunOutcome& outcome, std::string& status);

// A human-readable table of the summary for the terminal.
std::string format_summary(const boost::json::object& summary);

}  // namespace tributary::host
