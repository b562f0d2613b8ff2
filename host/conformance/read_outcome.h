#pragma once
// A full read as the runner sees it afterwards: the units' results merged, and what the
// recorded server was asked meanwhile. Shared by the read, idempotence and incremental checks.

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "host/conformance/exchange_server.h"
#include "host/conformance/probe_setup.h"

namespace tributary::host::conformance {

struct ReadOutcome {
  std::string failure;          // the first unit failure, as a sentence; empty when all succeeded
  boost::json::object records;  // output_json shape, every unit's records together
  std::int64_t pages = 0;
  std::vector<std::string> logs;  // "level: message"
};

// `units` is the JSON array of unit_run_json the child returned.
ReadOutcome merge_units(const boost::json::array& units);

// Problems with the records themselves: metric ids ({user}_{type}_{date}_{source}) and lead
// CRM ids must be present and unique.
std::vector<std::string> record_id_problems(const boost::json::object& records, const std::string& source);

// Requests of `phase` that no recorded exchange answered, and the non-optional 2xx exchanges
// no request of `phase` reached (pages the connector did not follow).
std::vector<std::string> coverage_problems(const ExchangeServer& server, const std::string& phase);

std::int64_t record_count(const boost::json::object& records);

}  // namespace tributary::host::conformance
