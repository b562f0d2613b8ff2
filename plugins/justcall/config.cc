#include "plugins/justcall/config.h"

#include <boost/json/value.hpp>
#include <cstdint>
#include <string_view>

namespace tributary::justcall {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::Result;
using sdk::Status;
using sdk::ValueType;

namespace {

sdk::Declaration make_declaration() {
  sdk::Declaration d;
  d.name = kName;
  d.version = kVersion;
  d.description =
      "JustCall API v2.1: phone calls and talk time per agent, bucketed on the organisation's "
      "local day";
  d.scope = sdk::FetchScope::kPerUser;
  d.record_kinds = {sdk::RecordKind::kMetric};
  d.metric_types = {kPhoneCallQuantity, kTalkTimeMinutes};
  // Business/ReachMax burst (90/min). Team accounts allow 30/min and Pro 60/min: lower
  // `rate_budget` in the pipeline for those plans.
  d.default_rate_budget = {90, 60};
  d.account_keys = {"api_key"};
  d.identity_keys = {kAgentIdIdentity};
  d.config = {
      ConfigKey{.name = "base_url",
                .default_value = json::value("https://api.justcall.io"),
                .description = "API root; point it at tributary-sandbox for tests and the demo"},
      ConfigKey{.name = "api_key",
                .required = true,
                .secret = true,
                .description = "JustCall API key (Settings > Developers)"},
      ConfigKey{.name = "api_secret",
                .required = true,
                .secret = true,
                .description = "JustCall API secret belonging to api_key"},
      ConfigKey{.name = "auth_style",
                .default_value = json::value("raw"),
                .description =
                    "raw: `Authorization: key:secret` as documented for v2.1; basic: HTTP Basic",
                .allowed_values = {"raw", "basic"}},
      ConfigKey{.name = "per_page",
                .type = ValueType::kInteger,
                .default_value = json::value(kMaxPerPage),
                .description = "rows per request, 1..100 (JustCall's maximum is 100)"},
      ConfigKey{
          .name = "count_calls",
          .default_value = json::value("handled"),
          .description =
              "handled: outgoing calls plus answered incoming ones (missed and voicemail are not "
              "work the rep did); all: every call; outgoing: outgoing calls only",
          .allowed_values = {"handled", "all", "outgoing"}},
      ConfigKey{.name = "talk_time_field",
                .default_value = json::value("conversation_time"),
                .description = "conversation_time: time actually talking; total_duration: adds "
                               "ring, hold and wrap-up",
                .allowed_values = {"conversation_time", "total_duration"}},
      ConfigKey{
          .name = "lookback_padding_days",
          .type = ValueType::kInteger,
          .default_value = json::value(1),
          .description =
              "extra agent-local days asked for on each side of the window, 0..7, so calls near "
              "midnight in another time zone are not missed; normalize filters exactly"},
  };
  return d;
}

const ConfigKey& declared(std::string_view name) {
  for (const auto& k : declaration().config) {
    if (k.name == name) return k;
  }
  static const ConfigKey kUndeclared{};
  return kUndeclared;
}

// The configured value, else the declared default, else null.
json::value value_of(const json::object& config, std::string_view name) {
  if (auto it = config.find(name); it != config.end() && !it->value().is_null()) return it->value();
  const auto& k = declared(name);
  return k.default_value ? *k.default_value : json::value(nullptr);
}

std::string prefix(std::string_view name) {
  return std::string(kName) + " config: '" + std::string(name) + "'";
}

Result<std::string> read_string(const json::object& config, std::string_view name) {
  auto v = value_of(config, name);
  if (v.is_string() && !v.get_string().empty()) return std::string(v.get_string());
  if (v.is_null() || v.is_string())
    return Status::config(prefix(name) + " is missing or empty; it is required");
  return Status::config(prefix(name) + " must be a string");
}

Result<std::string> read_choice(const json::object& config, std::string_view name) {
  auto text = read_string(config, name);
  if (!text) return text;
  const auto& allowed = declared(name).allowed_values;
  for (const auto& a : allowed) {
    if (a == *text) return text;
  }
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return Status::config(prefix(name) + " is '" + *text + "'; expected one of: " + list);
}

Result<int> read_int(const json::object& config, std::string_view name, int min, int max) {
  auto v = value_of(config, name);
  if (!v.is_int64() && !v.is_uint64())
    return Status::config(prefix(name) + " must be an integer between " + std::to_string(min) +
                          " and " + std::to_string(max));
  auto n = v.is_int64() ? v.get_int64() : static_cast<std::int64_t>(v.get_uint64());
  if (n < min || n > max)
    return Status::config(prefix(name) + " is " + std::to_string(n) + "; expected " +
                          std::to_string(min) + ".." + std::to_string(max));
  return static_cast<int>(n);
}

}  // namespace

const sdk::Declaration& declaration() {
  static const sdk::Declaration kDeclaration = make_declaration();
  return kDeclaration;
}

Result<CallRules> parse_call_rules(const json::object& config) {
  auto count = read_choice(config, "count_calls");
  if (!count) return count.status();
  auto field = read_choice(config, "talk_time_field");
  if (!field) return field.status();
  CallRules rules;
  rules.count = *count == "all"        ? CountRule::kAll
                : *count == "outgoing" ? CountRule::kOutgoing
                                       : CountRule::kHandled;
  rules.talk_field =
      *field == "total_duration" ? TalkField::kTotalDuration : TalkField::kConversationTime;
  return rules;
}

Result<JustCallConfig> parse_config(const json::object& config) {
  JustCallConfig out;
  auto rules = parse_call_rules(config);
  if (!rules) return rules.status();
  out.rules = *rules;

  auto base = read_string(config, "base_url");
  if (!base) return base.status();
  if (!base->starts_with("http://") && !base->starts_with("https://"))
    return Status::config(prefix("base_url") + " is '" + *base +
                          "'; expected an http:// or https:// URL such as https://api.justcall.io");
  while (base->ends_with('/')) base->pop_back();
  out.base_url = std::move(*base);

  auto api_key = read_string(config, "api_key");
  if (!api_key) return api_key.status();
  auto api_secret = read_string(config, "api_secret");
  if (!api_secret) return api_secret.status();
  out.api_key = std::move(*api_key);
  out.api_secret = std::move(*api_secret);

  auto auth = read_choice(config, "auth_style");
  if (!auth) return auth.status();
  out.auth_style = *auth == "basic" ? AuthStyle::kBasic : AuthStyle::kRaw;

  auto per_page = read_int(config, "per_page", 1, kMaxPerPage);
  if (!per_page) return per_page.status();
  out.per_page = *per_page;
  auto padding = read_int(config, "lookback_padding_days", 0, 7);
  if (!padding) return padding.status();
  out.lookback_padding_days = *padding;
  return out;
}

}  // namespace tributary::justcall
