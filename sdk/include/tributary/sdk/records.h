#pragma once
// Canonical records: what normalize produces and the host stores. Dates are the organisation's
// local day as "YYYY-MM-DD"; values are in the metric's unit (currency in major units).

#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <vector>

#include "tributary/sdk/status.h"

namespace tributary::sdk {

struct MetricRecord {
  std::string user_id;  // our user id (users.yaml), never the vendor's
  std::string type;     // one of the connector's declared metric types
  std::string date;     // organisation-local day, YYYY-MM-DD
  double value = 0;
  boost::json::object metadata;  // deterministic: no sync timestamps, so re-runs are no-ops
};

struct LeadRecord {
  std::string crm_id;
  std::string name;
  std::string email;
  std::string phone;         // as the CRM has it; the host normalises to E.164
  std::string owner_name;
  std::string owner_email;
  std::string status;
  std::string stage;
  std::string description;
  std::string last_activity_at;  // ISO-8601 UTC, or empty
  std::string modified_at;       // ISO-8601 UTC, or empty
  bool archived = false;
  boost::json::object metadata;
};

// Something the run summary should say about one user (or the whole unit when user_id is empty).
struct UserNote {
  std::string user_id;
  Status status;  // kNotFound: skipped with a warning; other failures fail that user only
};

using StateMap = std::map<std::string, std::string>;

struct NormalizeOutput {
  std::vector<MetricRecord> metrics;
  std::vector<LeadRecord> leads;
  // Users whose window this unit owns: for each, the host replaces every metric of the declared
  // types and this source inside the window with what this unit emits (absent days disappear).
  std::vector<std::string> covered_users;
  StateMap state;  // cursor/state to commit in the same transaction as the data
  std::vector<UserNote> notes;
  boost::json::object summary;  // connector-specific counts for the run summary
};

}  // namespace tributary::sdk
