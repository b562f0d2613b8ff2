// The Copper connector's declaration: every config key with its default, in one place.
#include <boost/json.hpp>

#include "plugins/copper/config.h"

namespace tributary::copper {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::ValueType;

namespace {

// Credentials, the user directory and the activity metrics.
void account_and_activity_keys(std::vector<ConfigKey>& keys) {
  keys.push_back(ConfigKey{.name = "api_key",
                           .required = true,
                           .secret = true,
                           .description =
                               "Copper API key (Settings > Integrations > API Keys); sent as "
                               "X-PW-AccessToken. Use ${ENV_VAR}."});
  keys.push_back(ConfigKey{.name = "user_email",
                           .required = true,
                           .description = "Email of the Copper user who created the API key; "
                                          "sent as X-PW-UserEmail."});
  keys.push_back(
      ConfigKey{.name = "base_url",
                .default_value = json::value(kDefaultBaseUrl),
                .description = "Copper developer API base URL (tests point it at the sandbox)."});
  keys.push_back(ConfigKey{
      .name = "email_activity_types",
      .type = ValueType::kStringList,
      .default_value = json::array{"system:6"},
      .description = "Activity types counted as email_quantity: an id (\"6\"), category:id "
                     "(\"system:6\", \"user:2279550\") or a name (\"Email\"), resolved through "
                     "/activity_types."});
  keys.push_back(ConfigKey{
      .name = "phone_call_activity_types",
      .type = ValueType::kStringList,
      .default_value = json::array{"Phone Call"},
      .description = "Activity types counted as phone_call_quantity. User type ids differ per "
                     "account: name them, or use the ids the connector's check reports; an unknown "
                     "type fails naming this account's types."});
  keys.push_back(ConfigKey{
      .name = "email_attribution",
      .default_value = json::value("user"),
      .description = "Whose email an activity is: the activity's user_id (user) or the user whose "
                     "address is details.sender.email (sender).",
      .allowed_values = {"user", "sender"}});
  keys.push_back(ConfigKey{
      .name = "talk_time_field",
      .default_value = json::value(""),
      .description = "Dotted path of a call duration inside a phone-call activity (e.g. "
                     "\"duration\"). Copper has no standard duration field: empty writes no "
                     "talk_time_minutes."});
  keys.push_back(ConfigKey{.name = "talk_time_unit",
                           .default_value = json::value("seconds"),
                           .description = "Unit of talk_time_field.",
                           .allowed_values = {"seconds", "minutes"}});
  keys.push_back(
      ConfigKey{.name = "user_cache_ttl_hours",
                .type = ValueType::kInteger,
                .default_value = json::value(24),
                .description = "How long the Copper user directory (email -> user id) is cached."});
}

// Lead progression and won sales, both read from opportunities and their stage changes.
void opportunity_keys(std::vector<ConfigKey>& keys) {
  keys.push_back(ConfigKey{
      .name = "lead_progression_source",
      .default_value = json::value("stage_change_activities"),
      .description = "Stage transitions from \"Pipeline Stage Changed\" activities (every entry) "
                     "or from opportunities' date_stage_changed (latest entry only).",
      .allowed_values = {"stage_change_activities", "date_stage_changed"}});
  for (const char* letter : {"a", "b", "c"}) {
    keys.push_back(
        ConfigKey{.name = std::string("lead_stage_") + letter,
                  .type = ValueType::kStringList,
                  .default_value = json::array{},
                  .description = std::string("Pipeline stages (ids or names) whose entry counts as "
                                             "lead_progression_") +
                                 letter + "."});
  }
  keys.push_back(ConfigKey{
      .name = "stage_attribution",
      .default_value = json::value("assignee"),
      .description = "Whose lead progression a stage change is: the opportunity's assignee or the "
                     "user who moved it (actor).",
      .allowed_values = {"assignee", "actor"}});
  keys.push_back(ConfigKey{
      .name = "pipeline_ids",
      .type = ValueType::kIntegerList,
      .default_value = json::array{},
      .description = "Only opportunities in these pipelines count; empty: every pipeline."});
  keys.push_back(
      ConfigKey{.name = "closed_won_stages",
                .type = ValueType::kStringList,
                .default_value = json::array{},
                .description = "Stages (ids or names) that mean won, besides status \"Won\"."});
  keys.push_back(ConfigKey{.name = "won_date",
                           .default_value = json::value("stage_changed"),
                           .description =
                               "The day a won opportunity is a sale: when it entered its won stage "
                               "(stage_changed) or its close_date.",
                           .allowed_values = {"stage_changed", "close_date"}});
  keys.push_back(ConfigKey{
      .name = "close_date_format",
      .default_value = json::value("MM/DD/YYYY"),
      .description = "The account's date format, used to read opportunities' close_date.",
      .allowed_values = {"MM/DD/YYYY", "DD/MM/YYYY", "M/D/YYYY", "D/M/YYYY", "YYYY-MM-DD"}});
  keys.push_back(ConfigKey{
      .name = "sale_type_field",
      .type = ValueType::kInteger,
      .default_value = json::value(710692),
      .description = "Custom field definition id whose option says wholesale or distribution."});
  keys.push_back(ConfigKey{.name = "wholesale_options",
                           .type = ValueType::kIntegerList,
                           .default_value = json::array{2098790},
                           .description = "Option ids of sale_type_field meaning wholesale."});
  keys.push_back(ConfigKey{.name = "distribution_options",
                           .type = ValueType::kIntegerList,
                           .default_value = json::array{2098791},
                           .description = "Option ids of sale_type_field meaning distribution."});
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
