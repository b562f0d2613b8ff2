#include "plugins/copper/config.h"

#include <algorithm>
#include <boost/json.hpp>

#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

// The host validated types and applied defaults, but a list may still hold numbers where we
// take strings (YAML `[2160510]`), so both read as text.
sdk::Result<std::vector<std::string>> text_list(const json::object& config, std::string_view key) {
  std::vector<std::string> out;
  auto it = config.find(key);
  if (it == config.end() || it->value().is_null()) return out;
  const auto* arr = it->value().if_array();
  if (!arr) return sdk::Status::config("copper: '" + std::string(key) + "' must be a list");
  for (const auto& v : *arr) {
    std::string text;
    if (const auto* s = v.if_string()) text = std::string(*s);
    else if (v.is_int64()) text = std::to_string(v.get_int64());
    else if (v.is_uint64()) text = std::to_string(v.get_uint64());
    else
      return sdk::Status::config("copper: '" + std::string(key) +
                                 "' must list activity type or stage ids/names, found " +
                                 json::serialize(v));
    if (text.find_first_not_of(" \t") == std::string::npos)
      return sdk::Status::config("copper: '" + std::string(key) + "' has an empty entry");
    out.push_back(std::move(text));
  }
  return out;
}

sdk::Result<std::vector<std::int64_t>> int_list(const json::object& config, std::string_view key,
                                                std::vector<std::int64_t> fallback) {
  auto it = config.find(key);
  if (it == config.end() || it->value().is_null()) return fallback;
  const auto* arr = it->value().if_array();
  if (!arr) return sdk::Status::config("copper: '" + std::string(key) + "' must be a list of ids");
  std::vector<std::int64_t> out;
  for (const auto& v : *arr) {
    auto n = sdk::get_int(v, "");
    if (!n)
      return sdk::Status::config("copper: '" + std::string(key) + "' must list integer ids, found " +
                                 json::serialize(v));
    out.push_back(*n);
  }
  return out;
}

// One of `allowed`, or a kConfig naming the key and the choices.
sdk::Result<std::size_t> choice(const json::object& config, std::string_view key,
                                std::string_view fallback, const std::vector<std::string>& allowed) {
  auto value = sdk::config_string(config, key, fallback);
  auto pos = std::find(allowed.begin(), allowed.end(), value);
  if (pos != allowed.end()) return static_cast<std::size_t>(pos - allowed.begin());
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return sdk::Status::config("copper: '" + std::string(key) + "' is '" + value +
                             "'; expected one of: " + list);
}

// Every enum-like key, read in one place so each failure names its key.
sdk::Status read_choices(const json::object& config, CopperConfig& c) {
  auto email = choice(config, "email_attribution", "user", {"user", "sender"});
  auto unit = choice(config, "talk_time_unit", "seconds", {"seconds", "minutes"});
  auto lead = choice(config, "lead_progression_source", "stage_change_activities",
                     {"stage_change_activities", "date_stage_changed"});
  auto attribution = choice(config, "stage_attribution", "assignee", {"assignee", "actor"});
  auto won = choice(config, "won_date", "stage_changed", {"stage_changed", "close_date"});
  auto format = choice(config, "close_date_format", "MM/DD/YYYY",
                       {"MM/DD/YYYY", "DD/MM/YYYY", "M/D/YYYY", "D/M/YYYY", "YYYY-MM-DD"});
  for (const auto* r : {&email, &unit, &lead, &attribution, &won, &format}) {
    if (!*r) return r->status();
  }
  c.email_attribution = *email == 0 ? EmailAttribution::kUser : EmailAttribution::kSender;
  c.talk_time_unit = *unit == 0 ? TalkTimeUnit::kSeconds : TalkTimeUnit::kMinutes;
  c.lead_source = *lead == 0 ? LeadSource::kStageChangeActivities : LeadSource::kDateStageChanged;
  c.stage_attribution = *attribution == 0 ? StageAttribution::kAssignee : StageAttribution::kActor;
  c.won_date = *won == 0 ? WonDate::kStageChanged : WonDate::kCloseDate;
  c.close_date_format = sdk::config_string(config, "close_date_format", "MM/DD/YYYY");
  return sdk::Status::success();
}

sdk::Status read_lists(const json::object& config, CopperConfig& c) {
  struct TextKey {
    const char* name;
    std::vector<std::string>* out;
    std::vector<std::string> fallback;
  };
  const TextKey text_keys[] = {
      {"email_activity_types", &c.email_types, {"system:6"}},
      {"phone_call_activity_types", &c.phone_call_types, {"Phone Call"}},
      {"lead_stage_a", &c.lead_stages[0], {}},
      {"lead_stage_b", &c.lead_stages[1], {}},
      {"lead_stage_c", &c.lead_stages[2], {}},
      {"closed_won_stages", &c.closed_won_stages, {}},
  };
  for (const auto& k : text_keys) {
    if (!config.contains(k.name)) {
      *k.out = k.fallback;
      continue;
    }
    auto list = text_list(config, k.name);
    if (!list) return list.status();
    *k.out = std::move(*list);
  }
  auto pipelines = int_list(config, "pipeline_ids", {});
  auto wholesale = int_list(config, "wholesale_options", {2098790});
  auto distribution = int_list(config, "distribution_options", {2098791});
  for (const auto* r : {&pipelines, &wholesale, &distribution}) {
    if (!*r) return r->status();
  }
  c.pipeline_ids = std::move(*pipelines);
  c.wholesale_options = std::move(*wholesale);
  c.distribution_options = std::move(*distribution);
  return sdk::Status::success();
}

}  // namespace

bool CopperConfig::has_lead_stages() const {
  return std::any_of(lead_stages.begin(), lead_stages.end(),
                     [](const auto& stages) { return !stages.empty(); });
}

sdk::Result<CopperConfig> parse_config(const json::object& config) {
  CopperConfig c;
  c.api_key = sdk::config_string(config, "api_key");
  c.user_email = sdk::config_string(config, "user_email");
  if (c.api_key.empty())
    return sdk::Status::config("copper: 'api_key' is empty; set it to the Copper API key, "
                               "e.g. api_key: ${COPPER_API_KEY}");
  if (c.user_email.empty() || c.user_email.find('@') == std::string::npos)
    return sdk::Status::config("copper: 'user_email' must be the email address of the Copper user "
                               "who created the API key");
  c.base_url = sdk::config_string(config, "base_url", kDefaultBaseUrl);
  while (!c.base_url.empty() && c.base_url.back() == '/') c.base_url.pop_back();
  if (!c.base_url.starts_with("http://") && !c.base_url.starts_with("https://"))
    return sdk::Status::config("copper: 'base_url' is '" + c.base_url +
                               "'; expected an http(s) URL such as " + kDefaultBaseUrl);
  c.talk_time_field = sdk::config_string(config, "talk_time_field");
  if (auto s = read_choices(config, c); !s) return s;
  if (auto s = read_lists(config, c); !s) return s;
  c.sale_type_field = sdk::config_int(config, "sale_type_field", 710692);
  auto ttl = sdk::config_int(config, "user_cache_ttl_hours", 24);
  if (ttl < 0 || ttl > 24 * 365)
    return sdk::Status::config("copper: 'user_cache_ttl_hours' is " + std::to_string(ttl) +
                               "; expected 0 (no cache) to 8760");
  c.user_cache_ttl_hours = static_cast<int>(ttl);
  return c;
}

}  // namespace tributary::copper
