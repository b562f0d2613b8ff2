#pragma once
// What crosses from a check's child process to the runner, and what expected-record files hold:
// SDK values as JSON. Keys follow the SDK's field names.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "tributary/sdk/abi.h"
#include "tributary/sdk/connector.h"

namespace tributary::host::conformance {

// A member as text: strings as they are, integers in decimal, "" for anything else or absent.
std::string field_text(const boost::json::object& o, std::string_view key);

boost::json::object status_json(const sdk::Status& status);
sdk::Status status_from_json(const boost::json::value& v);

boost::json::object metric_json(const sdk::MetricRecord& m);
boost::json::object lead_json(const sdk::LeadRecord& l);

// {"metrics": [...], "leads": [...], "covered_users": [...], "state": {...}, "notes": [...],
//  "summary": {...}}
boost::json::object output_json(const sdk::NormalizeOutput& out);

boost::json::object info_json(const TributaryPluginInfo& info);

boost::json::object declaration_json(const sdk::Declaration& d);
// Enum values outside the SDK's range are kept as they were (so hygiene checks can name them).
struct DeclarationRead {
  sdk::Declaration declaration;
  std::vector<int> raw_record_kinds;
  int raw_scope = 0;
  std::vector<int> raw_key_types;  // one per config key
};
DeclarationRead declaration_from_json(const boost::json::object& o);

}  // namespace tributary::host::conformance

namespace tributary::host::conformance {

// JSON for people to read and review in diffs: one top-level key per line, one array element
// per line, each element compact.
std::string reviewable_json(const boost::json::object& o);

}  // namespace tributary::host::conformance
