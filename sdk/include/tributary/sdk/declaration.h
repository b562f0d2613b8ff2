#pragma once
// What a connector says about itself, in one place: identity, the config keys it takes, what it
// produces and how the host should budget its requests. The host validates a pipeline's
// connector config against this before the connector sees it; unknown keys are errors.

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tributary::sdk {

enum class ValueType { kString, kInteger, kNumber, kBoolean, kStringList, kIntegerList, kObject };

std::string_view to_string(ValueType type) noexcept;

struct ConfigKey {
  std::string name;
  ValueType type = ValueType::kString;
  bool required = false;
  std::optional<boost::json::value> default_value;  // applied by the host when the key is absent
  bool secret = false;                              // redacted from every log and summary
  std::string description;
  std::vector<std::string> allowed_values;          // for strings: the only values accepted
};

enum class RecordKind { kMetric, kLead };

std::string_view to_string(RecordKind kind) noexcept;

// per_user: the host runs one unit per (user, connector) and hands the connector that one user.
// per_account: one unit per connector for all of the run's users; the connector fetches once
// for the account and attributes records to users itself (Copper activities, CRM contacts).
enum class FetchScope { kPerUser, kPerAccount };

// Requests allowed per window for one vendor account; shared by every unit in the process.
struct RateBudget {
  int requests = 0;   // 0 means "no proactive pacing"
  int per_seconds = 1;
};

struct Declaration {
  std::string name;          // plugin name, also the metrics `source`
  std::string version;
  std::string description;
  FetchScope scope = FetchScope::kPerUser;
  std::vector<ConfigKey> config;
  std::vector<RecordKind> record_kinds;
  std::vector<std::string> metric_types;
  RateBudget default_rate_budget;
  // Config keys whose values identify the vendor account, so units with the same credentials
  // share one rate budget (e.g. {"api_key"}). Empty: one budget per plugin.
  std::vector<std::string> account_keys;
  // The user-config identity keys this connector honours (users.yaml `identities.<name>.*`),
  // e.g. {"agent_id"} for JustCall. Documented in `plugins describe`.
  std::vector<std::string> identity_keys;
};

// The metric types the host knows. A plugin may declare others, but conformance warns.
inline const std::vector<std::string>& known_metric_types() {
  static const std::vector<std::string> kTypes = {
      "email_quantity",       "phone_call_quantity",    "talk_time_minutes",
      "lead_progression_a",   "lead_progression_b",     "lead_progression_c",
      "new_sales_wholesale",  "new_sales_distribution"};
  return kTypes;
}

}  // namespace tributary::sdk
