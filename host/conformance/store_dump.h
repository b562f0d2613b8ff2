#pragma once
// The scratch SQLite store idempotence reads twice into: its metric and connector state rows in a
// fixed order, as JSON arrays, and a way to forget the state between the two reads.

#include <boost/json/array.hpp>
#include <string>

namespace tributary::host::conformance {

boost::json::array dump_metrics(const std::string& sqlite_path);
boost::json::array dump_state(const std::string& sqlite_path);

// Forgets every connector's committed state, so the next read is a full read again.
void clear_connector_state(const std::string& sqlite_path);

}  // namespace tributary::host::conformance
