#include "plugins/salesforce/config.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cctype>

namespace tributary::salesforce {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::Status;
using sdk::ValueType;

namespace {

sdk::Declaration make_declaration() {
  sdk::Declaration d;
  d.name = kName;
  d.version = kVersion;
  d.description =
      "Salesforce REST (SOQL): Contacts and Leads into the leads table with owner name and "
      "email, incremental by SystemModstamp with an Id tie-break";
  d.scope = sdk::FetchScope::kPerAccount;
  d.record_kinds = {sdk::RecordKind::kLead};
  // Salesforce has no per-second limit, only the org's rolling daily allocation; this keeps a
  // sync from crowding out other integrations that share it.
  d.default_rate_budget = {20, 1};
  d.account_keys = {"login_url", "client_id", "refresh_token"};
  d.config = {
      ConfigKey{.name = "login_url",
                .default_value = json::value("https://login.salesforce.com"),
                .description = "OAuth token endpoint host: https://login.salesforce.com, "
                               "https://test.salesforce.com "
                               "for sandboxes, or the org's My Domain"},
      ConfigKey{.name = "client_id", .required = true, .description = "connected app consumer key"},
      ConfigKey{.name = "client_secret",
                .required = true,
                .secret = true,
                .description = "connected app consumer secret"},
      ConfigKey{.name = "refresh_token",
                .required = true,
                .secret = true,
                .description = "refresh token of the integration user (scope: api refresh_token)"},
      ConfigKey{.name = "api_version",
                .default_value = json::value("v61.0"),
                .description = "REST API version, vNN.N"},
      ConfigKey{.name = "objects",
                .type = ValueType::kStringList,
                .default_value = json::value(json::array{"Contact", "Lead"}),
                .description = "which objects become leads: Contact, Lead or both"},
      ConfigKey{
          .name = "batch_size",
          .type = ValueType::kInteger,
          .default_value = json::value(kMaxBatchSize),
          .description = "records per query page asked for (Sforce-Query-Options), 200..2000"},
      ConfigKey{
          .name = "max_api_usage_percent",
          .type = ValueType::kInteger,
          .default_value = json::value(90),
          .description =
              "stop the sync cleanly (state kept) once Sforce-Limit-Info shows the org's daily API "
              "allocation this full, 1..100, so other integrations keep their share"},
  };
  return d;
}

std::string prefix(std::string_view name) {
  return std::string(kName) + " config: '" + std::string(name) + "'";
}

json::value setting(const json::object& config, std::string_view name) {
  if (auto it = config.find(name); it != config.end() && !it->value().is_null()) return it->value();
  for (const auto& k : declaration().config) {
    if (k.name == name && k.default_value) return *k.default_value;
  }
  return nullptr;
}

sdk::Result<std::string> text(const json::object& config, std::string_view name) {
  auto v = setting(config, name);
  if (v.is_string() && !v.get_string().empty()) return std::string(v.get_string());
  return Status::config(prefix(name) + " is missing or empty; it is required");
}

bool is_api_version(std::string_view v) {
  auto dot = v.find('.');
  if (v.size() < 4 || v[0] != 'v' || dot == std::string_view::npos) return false;
  for (std::size_t i = 1; i < v.size(); ++i) {
    if (i != dot && !std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  }
  return dot > 1 && dot + 1 < v.size();
}

Status read_objects(const json::object& config, SalesforceConfig& out) {
  auto v = setting(config, "objects");
  out.objects.clear();
  if (v.is_array()) {
    for (const auto& o : v.as_array()) {
      if (!o.is_string() || (o.as_string() != "Contact" && o.as_string() != "Lead"))
        return Status::config(prefix("objects") + " lists " + json::serialize(o) +
                              "; expected Contact, Lead or both");
      out.objects.emplace_back(o.as_string());
    }
  }
  if (out.objects.empty())
    return Status::config(prefix("objects") + " is empty; expected Contact, Lead or both");
  return Status::success();
}

}  // namespace

const sdk::Declaration& declaration() {
  static const sdk::Declaration kDeclaration = make_declaration();
  return kDeclaration;
}

sdk::Result<SalesforceConfig> parse_config(const json::object& config) {
  SalesforceConfig out;
  auto login = text(config, "login_url");
  if (!login) return login.status();
  if (!login->starts_with("http://") && !login->starts_with("https://"))
    return Status::config(prefix("login_url") + " is '" + *login +
                          "'; expected an https:// URL such as https://login.salesforce.com");
  while (login->ends_with('/')) login->pop_back();
  out.login_url = std::move(*login);
  for (auto [name, field] :
       {std::pair{"client_id", &out.client_id}, std::pair{"client_secret", &out.client_secret},
        std::pair{"refresh_token", &out.refresh_token}}) {
    auto value = text(config, name);
    if (!value) return value.status();
    *field = std::move(*value);
  }
  auto version = text(config, "api_version");
  if (!version) return version.status();
  if (!is_api_version(*version))
    return Status::config(prefix("api_version") + " is '" + *version +
                          "'; expected the form v61.0");
  out.api_version = std::move(*version);
  if (auto s = read_objects(config, out); !s) return s;
  auto batch = setting(config, "batch_size");
  auto n = batch.is_int64() ? batch.get_int64() : 0;
  if (n < kMinBatchSize || n > kMaxBatchSize)
    return Status::config(prefix("batch_size") + " is " + json::serialize(batch) +
                          "; expected an integer 200..2000");
  out.batch_size = static_cast<int>(n);
  auto percent = setting(config, "max_api_usage_percent");
  auto p = percent.is_int64() ? percent.get_int64() : 0;
  if (p < 1 || p > 100)
    return Status::config(prefix("max_api_usage_percent") + " is " + json::serialize(percent) +
                          "; expected an integer 1..100");
  out.max_api_usage_percent = static_cast<int>(p);
  return out;
}

}  // namespace tributary::salesforce
