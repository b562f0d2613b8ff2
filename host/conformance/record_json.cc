#include "host/conformance/record_json.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

std::string text(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::int64_t integer(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : 0;
}

std::vector<std::string> strings(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  if (const auto* v = o.if_contains(key); v && v->is_array()) {
    for (const auto& s : v->as_array()) {
      if (s.is_string()) out.emplace_back(s.as_string());
    }
  }
  return out;
}

}  // namespace

std::string field_text(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v) return "";
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_int64()) return std::to_string(v->as_int64());
  if (v->is_uint64()) return std::to_string(v->as_uint64());
  return "";
}

json::object status_json(const sdk::Status& s) {
  return {{"kind", std::string(sdk::to_string(s.kind()))},
          {"message", s.message()},
          {"retry_after", s.retry_after().count()}};
}

sdk::Status status_from_json(const json::value& v) {
  if (!v.is_object()) return sdk::Status::internal("no status reported");
  const auto& o = v.as_object();
  auto kind_name = text(o, "kind");
  for (int k = 0; k <= static_cast<int>(sdk::FailureKind::kQuotaExhausted); ++k) {
    auto kind = static_cast<sdk::FailureKind>(k);
    if (sdk::to_string(kind) == kind_name) {
      if (kind == sdk::FailureKind::kOk) return sdk::Status::success();
      return sdk::Status(kind, text(o, "message"), std::chrono::seconds{integer(o, "retry_after")});
    }
  }
  return sdk::Status::internal("unknown failure kind '" + kind_name + "'");
}

json::object metric_json(const sdk::MetricRecord& m) {
  return {{"user_id", m.user_id}, {"type", m.type}, {"date", m.date}, {"value", m.value},
          {"metadata", m.metadata}};
}

json::object lead_json(const sdk::LeadRecord& l) {
  return {{"crm_id", l.crm_id},           {"name", l.name},
          {"email", l.email},             {"phone", l.phone},
          {"owner_name", l.owner_name},   {"owner_email", l.owner_email},
          {"status", l.status},           {"stage", l.stage},
          {"description", l.description}, {"last_activity_at", l.last_activity_at},
          {"modified_at", l.modified_at}, {"archived", l.archived},
          {"metadata", l.metadata}};
}

json::object output_json(const sdk::NormalizeOutput& out) {
  json::array metrics, leads, notes;
  for (const auto& m : out.metrics) metrics.push_back(metric_json(m));
  for (const auto& l : out.leads) leads.push_back(lead_json(l));
  for (const auto& n : out.notes) notes.push_back({{"user_id", n.user_id}, {"status", status_json(n.status)}});
  json::object state;
  for (const auto& [k, v] : out.state) state[k] = v;
  return {{"metrics", std::move(metrics)},
          {"leads", std::move(leads)},
          {"covered_users", json::value_from(out.covered_users)},
          {"state", std::move(state)},
          {"notes", std::move(notes)},
          {"summary", out.summary}};
}

json::object info_json(const TributaryPluginInfo& i) {
  auto str = [](const char* s) { return s ? json::value(s) : json::value(nullptr); };
  return {{"struct_size", i.struct_size},       {"abi_major", i.abi_major},
          {"abi_minor", i.abi_minor},           {"sdk_version", str(i.sdk_version)},
          {"compiler", str(i.compiler)},        {"stdlib", str(i.stdlib)},
          {"boost_version", str(i.boost_version)}, {"plugin_name", str(i.plugin_name)},
          {"plugin_version", str(i.plugin_version)}};
}

json::object declaration_json(const sdk::Declaration& d) {
  json::array keys;
  for (const auto& k : d.config) {
    json::object key{{"name", k.name},         {"type", static_cast<int>(k.type)},
                     {"required", k.required}, {"secret", k.secret},
                     {"description", k.description},
                     {"allowed_values", json::value_from(k.allowed_values)}};
    if (k.default_value) key["default"] = *k.default_value;
    keys.push_back(std::move(key));
  }
  json::array kinds;
  for (auto k : d.record_kinds) kinds.push_back(static_cast<int>(k));
  return {{"name", d.name},
          {"version", d.version},
          {"description", d.description},
          {"scope", static_cast<int>(d.scope)},
          {"config", std::move(keys)},
          {"record_kinds", std::move(kinds)},
          {"metric_types", json::value_from(d.metric_types)},
          {"rate_budget", {{"requests", d.default_rate_budget.requests},
                           {"per_seconds", d.default_rate_budget.per_seconds}}},
          {"account_keys", json::value_from(d.account_keys)},
          {"identity_keys", json::value_from(d.identity_keys)}};
}

DeclarationRead declaration_from_json(const json::object& o) {
  DeclarationRead read;
  auto& d = read.declaration;
  d.name = text(o, "name");
  d.version = text(o, "version");
  d.description = text(o, "description");
  read.raw_scope = static_cast<int>(integer(o, "scope"));
  d.scope = static_cast<sdk::FetchScope>(read.raw_scope);
  if (const auto* keys = o.if_contains("config"); keys && keys->is_array()) {
    for (const auto& kv : keys->as_array()) {
      const auto& k = kv.as_object();
      sdk::ConfigKey key;
      key.name = text(k, "name");
      read.raw_key_types.push_back(static_cast<int>(integer(k, "type")));
      key.type = static_cast<sdk::ValueType>(read.raw_key_types.back());
      key.required = k.at("required").as_bool();
      key.secret = k.at("secret").as_bool();
      key.description = text(k, "description");
      key.allowed_values = strings(k, "allowed_values");
      if (const auto* def = k.if_contains("default")) key.default_value = *def;
      d.config.push_back(std::move(key));
    }
  }
  if (const auto* kinds = o.if_contains("record_kinds"); kinds && kinds->is_array()) {
    for (const auto& k : kinds->as_array()) {
      read.raw_record_kinds.push_back(static_cast<int>(k.as_int64()));
      d.record_kinds.push_back(static_cast<sdk::RecordKind>(read.raw_record_kinds.back()));
    }
  }
  d.metric_types = strings(o, "metric_types");
  if (const auto* budget = o.if_contains("rate_budget"); budget && budget->is_object()) {
    d.default_rate_budget.requests = static_cast<int>(integer(budget->as_object(), "requests"));
    d.default_rate_budget.per_seconds = static_cast<int>(integer(budget->as_object(), "per_seconds"));
  }
  d.account_keys = strings(o, "account_keys");
  d.identity_keys = strings(o, "identity_keys");
  return read;
}

}  // namespace tributary::host::conformance

namespace tributary::host::conformance {

std::string reviewable_json(const boost::json::object& o) {
  std::string out = "{\n";
  std::size_t i = 0;
  for (const auto& [key, value] : o) {
    out += "  " + json::serialize(json::string(key)) + ": ";
    if (value.is_array() && !value.as_array().empty()) {
      out += "[\n";
      const auto& a = value.as_array();
      for (std::size_t j = 0; j < a.size(); ++j)
        out += "    " + json::serialize(a[j]) + (j + 1 < a.size() ? ",\n" : "\n");
      out += "  ]";
    } else {
      out += json::serialize(value);
    }
    out += ++i < o.size() ? ",\n" : "\n";
  }
  return out + "}\n";
}

}  // namespace tributary::host::conformance
