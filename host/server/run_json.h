#pragma once
// A runs row as the HTTP API shows it: instants in ISO-8601 UTC, the summary as JSON.

#include <boost/json/object.hpp>

#include "host/store/store.h"

namespace tributary::host {

// {"id", "pipeline", "trigger", "status", "started_at", "ended_at" (null while running),
//  "duration_seconds" (null while running)} and, with `with_summary`, "summary".
boost::json::object run_to_json(const RunRow& run, bool with_summary);

}  // namespace tributary::host
