#pragma once
// Compares what a connector produced with what a conformance file expects, and says where they
// differ in words a connector author can act on.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>

namespace tributary::host::conformance {

// The first place two JSON values differ ("metrics[3].metadata.total_seconds: 181 vs 180"), or
// nullopt when they are equal (numbers within a relative 1e-9, so 5 and 5.0 are equal).
std::optional<std::string> first_difference(const boost::json::value& a, const boost::json::value& b,
                                            const std::string& path = "");

// nullopt when `actual` (output_json) holds exactly the expected records. Metrics are matched by
// (user_id, type, date) and leads by crm_id, in any order; metrics and leads are always compared
// (absent means none), covered_users, state, notes and summary only when `expected` names them.
// Otherwise up to five differences, "; "-separated.
std::optional<std::string> records_difference(const boost::json::object& expected,
                                              const boost::json::object& actual);

}  // namespace tributary::host::conformance
