#include "host/conformance/declaration_rules.h"

#include <algorithm>
#include <set>

#include <boost/json/serialize.hpp>

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

constexpr int kValueTypes = static_cast<int>(sdk::ValueType::kObject) + 1;

bool is_identifier(std::string_view name, bool allow_dash = false) {
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (allow_dash && c == '-');
  });
}

std::vector<std::string> split(std::string_view name) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '_' || name[i] == '-') {
      if (i > start) parts.emplace_back(name.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool all_of_array(const json::value& v, bool (json::value::*is)() const noexcept) {
  if (!v.is_array()) return false;
  return std::all_of(v.as_array().begin(), v.as_array().end(), [&](const json::value& x) { return (x.*is)(); });
}

bool default_fits(sdk::ValueType type, const json::value& v) {
  switch (type) {
    case sdk::ValueType::kString: return v.is_string();
    case sdk::ValueType::kInteger: return v.is_int64() || v.is_uint64();
    case sdk::ValueType::kNumber: return v.is_number();
    case sdk::ValueType::kBoolean: return v.is_bool();
    case sdk::ValueType::kStringList: return all_of_array(v, &json::value::is_string);
    case sdk::ValueType::kIntegerList: return all_of_array(v, &json::value::is_int64);
    case sdk::ValueType::kObject: return v.is_object();
  }
  return false;
}

void check_key(const sdk::ConfigKey& k, int raw_type, HygieneFindings& f) {
  std::string key = "config key '" + k.name + "'";
  if (!is_identifier(k.name))
    f.errors.push_back(key + ": names are lower_snake_case (letters, digits, '_'), as pipeline files write them");
  if (raw_type < 0 || raw_type >= kValueTypes) {
    f.errors.push_back(key + ": type " + std::to_string(raw_type) + " is not an sdk::ValueType");
    return;
  }
  if (k.description.empty())
    f.errors.push_back(key + ": has no description; `plugins describe` shows it to whoever writes the pipeline");
  if (k.required && k.default_value)
    f.errors.push_back(key + ": is required and has a default; a key with a default is never missing, drop one");
  if (k.default_value && !default_fits(k.type, *k.default_value))
    f.errors.push_back(key + ": default " + json::serialize(*k.default_value) + " is not a " +
                       std::string(sdk::to_string(k.type)));
  if (!k.allowed_values.empty()) {
    if (k.type != sdk::ValueType::kString && k.type != sdk::ValueType::kStringList)
      f.errors.push_back(key + ": allowed_values only apply to strings, but the key is a " +
                         std::string(sdk::to_string(k.type)));
    if (k.default_value && k.default_value->is_string() &&
        std::find(k.allowed_values.begin(), k.allowed_values.end(),
                  std::string(k.default_value->as_string())) == k.allowed_values.end())
      f.errors.push_back(key + ": default '" + std::string(k.default_value->as_string()) +
                         "' is not one of its allowed_values");
  }
  if (k.secret && k.type != sdk::ValueType::kString)
    f.errors.push_back(key + ": is secret but a " + std::string(sdk::to_string(k.type)) +
                       "; the host redacts secret strings only");
  if (k.secret && k.default_value)
    f.errors.push_back(key + ": is secret and has a default; a credential must come from the pipeline (${ENV})");
  if (!k.secret && looks_like_credential(k.name))
    f.errors.push_back(key + ": looks like a credential but is not marked secret; set `secret = true` so the "
                       "host redacts it from every log and summary");
}

void check_outputs(const DeclarationRead& r, HygieneFindings& f) {
  const auto& d = r.declaration;
  if (r.raw_record_kinds.empty())
    f.errors.push_back("record_kinds is empty; declare what the connector produces (metric, lead)");
  std::set<int> kinds;
  for (int k : r.raw_record_kinds) {
    if (k < 0 || k > static_cast<int>(sdk::RecordKind::kLead))
      f.errors.push_back("record_kinds: " + std::to_string(k) + " is not an sdk::RecordKind (metric, lead)");
    else if (!kinds.insert(k).second)
      f.errors.push_back("record_kinds: '" + std::string(sdk::to_string(static_cast<sdk::RecordKind>(k))) +
                         "' is listed twice");
  }
  bool metrics = kinds.count(static_cast<int>(sdk::RecordKind::kMetric)) > 0;
  if (metrics && d.metric_types.empty())
    f.errors.push_back("record_kinds has 'metric' but metric_types is empty; the host refuses undeclared types");
  if (!metrics && !d.metric_types.empty())
    f.errors.push_back("metric_types are declared but record_kinds has no 'metric'");
  std::set<std::string> types;
  const auto& known = sdk::known_metric_types();
  for (const auto& t : d.metric_types) {
    if (!types.insert(t).second) f.errors.push_back("metric_types: '" + t + "' is listed twice");
    if (!is_identifier(t)) f.errors.push_back("metric_types: '" + t + "' is not lower_snake_case");
    else if (std::find(known.begin(), known.end(), t) == known.end())
      f.warnings.push_back("metric type '" + t + "' is not one the host knows; goals and dashboards "
                           "will not use it until it is added to sdk::known_metric_types()");
  }
}

}  // namespace

bool looks_like_credential(std::string_view key_name) {
  static const std::set<std::string> kCredential = {"secret", "password", "passwd", "pwd", "token",
                                                    "apikey", "key", "credential", "credentials",
                                                    "passphrase"};
  static const std::set<std::string> kAbout = {"url", "uri", "style", "type", "field", "header",
                                               "name", "path", "ttl", "seconds", "minutes", "days",
                                               "id", "ids", "count", "prefix", "format", "keys",
                                               "file", "env", "kind", "mode"};
  auto parts = split(key_name);
  if (parts.empty() || kAbout.count(parts.back())) return false;
  return std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return kCredential.count(p) > 0; });
}

HygieneFindings declaration_hygiene(const DeclarationRead& r) {
  HygieneFindings f;
  const auto& d = r.declaration;
  if (!is_identifier(d.name, true))
    f.errors.push_back("name '" + d.name + "' must be lower-case letters, digits, '_' or '-' (it is the metrics source)");
  if (d.version.empty()) f.errors.push_back("version is empty");
  if (d.description.empty()) f.errors.push_back("description is empty; `plugins describe` shows it");
  if (r.raw_scope != static_cast<int>(sdk::FetchScope::kPerUser) &&
      r.raw_scope != static_cast<int>(sdk::FetchScope::kPerAccount))
    f.errors.push_back("scope " + std::to_string(r.raw_scope) + " is neither per_user nor per_account");
  std::set<std::string> names;
  for (std::size_t i = 0; i < d.config.size(); ++i) {
    const auto& k = d.config[i];
    if (!names.insert(k.name).second) f.errors.push_back("config key '" + k.name + "' is declared twice");
    check_key(k, i < r.raw_key_types.size() ? r.raw_key_types[i] : 0, f);
  }
  check_outputs(r, f);
  if (d.default_rate_budget.requests < 0 || d.default_rate_budget.per_seconds < 1)
    f.errors.push_back("default_rate_budget is " + std::to_string(d.default_rate_budget.requests) + " per " +
                       std::to_string(d.default_rate_budget.per_seconds) +
                       " s; expected requests >= 0 (0: no pacing) and per_seconds >= 1");
  for (const auto& a : d.account_keys) {
    if (!names.count(a)) f.errors.push_back("account_keys names '" + a + "', which is not a declared config key");
  }
  bool has_secret = std::any_of(d.config.begin(), d.config.end(), [](const auto& k) { return k.secret; });
  if (has_secret && d.account_keys.empty())
    f.warnings.push_back("account_keys is empty: every account of this vendor shares one rate budget; name the "
                         "key that identifies the account (e.g. api_key)");
  for (const auto& id : d.identity_keys) {
    if (!is_identifier(id)) f.errors.push_back("identity key '" + id + "' is not lower_snake_case");
  }
  return f;
}

}  // namespace tributary::host::conformance
