#pragma once
// The conformance report as a table for people and as JSON for CI.

#include <boost/json/object.hpp>
#include <ostream>

#include "host/conformance/runner.h"

namespace tributary::host::conformance {

void print_table(const Report& report, std::ostream& out);

// {"plugin", "library", "config", "endpoint", "success", "passed", "failed", "skipped",
//  "checks": [{"name", "result", "reason", "details", "duration_ms"}]}
boost::json::object report_json(const Report& report);

}  // namespace tributary::host::conformance
