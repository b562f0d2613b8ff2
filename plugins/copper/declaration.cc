// The Copper connector's declaration: every config key with its default, in one place.
#include <boost/json.hpp>

#include "plugins/copper/config.h"

namespace tributary::copper {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::ValueType;

namespace {

ConfigKey key(std::string name, ValueType type, std::optional<json::value> def,
              std::string description, std::vector<std::string> allowed = {}) {
  ConfigKey k;
  k.name = std::move(name);
  k.type = type;
  k.default_value = std::move(def);
  k.description = std::move(description);
  k.allowed_values = std::move(allowed);
  return k;
}

// Credentials, the user directory and the activity metrics.
void account_and_activity_keys(std::vector<ConfigKey>& keys) {
  ConfigKey api_key = key("api_key", ValueType::kString, std::nullopt,
                          "Copper API key (Settings > Integrations > API Keys); sent as "
                          "X-PW-AccessToken. Use ${ENV_VAR}.");
  api_key.required = true;
  api_key.secret = true;
  keys.push_back(std::move(api_key));
  ConfigKey email = key("user_email", ValueType::kString, std::nullopt,
                        "Email of the Copper user who created the API key; sent as "
                        "X-PW-UserEmail.");
  email.required = true;
  keys.push_back(std::move(email));
  keys.push_back(key("base_url", ValueType::kString, json::value(kDefaultBaseUrl),
                     "Copper developer API base URL (tests point it at the sandbox)."));
  keys.push_back(key("email_activity_types", ValueType::kStringList, json::array{"system:6"},
                     "Activity types counted as email_quantity: an id (\"6\"), category:id "
                     "(\"system:6\", \"user:2279550\") or a name (\"Email\"), resolved through "
                     "/activity_types."));
  keys.push_back(key("phone_call_activity_types", ValueType::kStringList,
                     json::array{"Phone Call"},
                     "Activity types counted as phone_call_quantity. User type ids differ per "
                     "account: name them, or use the ids the connector's check reports; an unknown "
                     "type fails naming this account's types."));
  keys.push_back(key("email_attribution", ValueType::kString, json::value("user"),
                     "Whose email an activity is: the activity's user_id (user) or the user whose "
                     "address is details.sender.email (sender).",
                     {"user", "sender"}));
  keys.push_back(key("talk_time_field", ValueType::kString, json::value(""),
                     "Dotted path of a call duration inside a phone-call activity (e.g. "
                     "\"duration\"). Copper has no standard duration field: empty writes no "
                     "talk_time_minutes."));
  keys.push_back(key("talk_time_unit", ValueType::kString, json::value("seconds"),
                     "Unit of talk_time_field.", {"seconds", "minutes"}));
  keys.push_back(key("user_cache_ttl_hours", ValueType::kInteger, json::value(24),
                     "How long the Copper user directory (email -> user id) is cached."));
}

// Lead progression and won sales, both read from opportunities and their stage changes.
void opportunity_keys(std::vector<ConfigKey>& keys) {
  keys.push_back(key("lead_progression_source", ValueType::kString,
                     json::value("stage_change_activities"),
                     "Stage transitions from \"Pipeline Stage Changed\" activities (every entry) "
                     "or from opportunities' date_stage_changed (latest entry only).",
                     {"stage_change_activities", "date_stage_changed"}));
  for (const char* letter : {"a", "b", "c"}) {
    keys.push_back(key(std::string("lead_stage_") + letter, ValueType::kStringList, json::array{},
                       std::string("Pipeline stages (ids or names) whose entry counts as "
                                   "lead_progression_") + letter + "."));
  }
  keys.push_back(key("stage_attribution", ValueType::kString, json::value("assignee"),
                     "Whose lead progression a stage change is: the opportunity's assignee or the "
                     "user who moved it (actor).",
                     {"assignee", "actor"}));
  keys.push_back(key("pipeline_ids", ValueType::kIntegerList, json::array{},
                     "Only opportunities in these pipelines count; empty: every pipeline."));
  keys.push_back(key("closed_won_stages", ValueType::kStringList, json::array{},
                     "Stages (ids or names) that mean won, besides status \"Won\"."));
  keys.push_back(key("won_date", ValueType::kString, json::value("stage_changed"),
                     "The day a won opportunity is a sale: when it entered its won stage "
                     "(stage_changed) or its close_date.",
                     {"stage_changed", "close_date"}));
  keys.push_back(key("close_date_format", ValueType::kString, json::value("MM/DD/YYYY"),
                     "The account's date format, used to read opportunities' close_date.",
                     {"MM/DD/YYYY", "DD/MM/YYYY", "M/D/YYYY", "D/M/YYYY", "YYYY-MM-DD"}));
  keys.push_back(key("sale_type_field", ValueType::kInteger, json::value(710692),
                     "Custom field definition id whose option says wholesale or distribution."));
  keys.push_back(key("wholesale_options", ValueType::kIntegerList, json::array{2098790},
                     "Option ids of sale_type_field meaning wholesale."));
  keys.push_back(key("distribution_options", ValueType::kIntegerList, json::array{2098791},
                     "Option ids of sale_type_field meaning distribution."));
}

sdk::Declaration make_declaration() {
  sdk::Declaration d;
  d.name = kPluginName;
  d.version = kPluginVersion;
  d.description =
      "Copper CRM: emails, phone calls, talk time, lead progression and won sales per rep and "
      "organisation-local day";
  d.scope = sdk::FetchScope::kPerAccount;
  account_and_activity_keys(d.config);
  opportunity_keys(d.config);
  d.record_kinds = {sdk::RecordKind::kMetric};
  d.metric_types = sdk::known_metric_types();
  d.default_rate_budget = {180, 60};
  d.account_keys = {"api_key", "user_email"};
  d.identity_keys = {"user_id"};
  return d;
}

}  // namespace

const sdk::Declaration& declaration() {
  static const sdk::Declaration kDeclaration = make_declaration();
  return kDeclaration;
}

}  // namespace tributary::copper
