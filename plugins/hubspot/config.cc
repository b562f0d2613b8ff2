#include "plugins/hubspot/config.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace tributary::hubspot {

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
      "HubSpot CRM v3: contacts into the leads table (owners resolved to name and email), a "
      "full read first, then incremental by lastmodifieddate; archived contacts are marked";
  d.scope = sdk::FetchScope::kPerAccount;
  d.record_kinds = {sdk::RecordKind::kLead};
  // Search allows 5 requests per second per account and its answers carry no rate headers;
  // pacing every call under that also keeps well inside the 100-per-10-s general limit.
  d.default_rate_budget = {4, 1};
  d.account_keys = {"base_url", "access_token", "client_id", "refresh_token"};
  d.config = {
      ConfigKey{.name = "base_url",
                .default_value = json::value("https://api.hubapi.com"),
                .description = "API root; point it at tributary-sandbox for tests and the demo"},
      ConfigKey{
          .name = "auth",
          .default_value = json::value("private_app"),
          .description =
              "private_app: access_token is a private-app token; oauth: refresh with client_id, "
              "client_secret and refresh_token",
          .allowed_values = {"private_app", "oauth"}},
      ConfigKey{
          .name = "access_token",
          .secret = true,
          .description =
              "private-app token (pat-...), required for private_app; for oauth an optional first "
              "access token"},
      ConfigKey{.name = "client_id", .description = "OAuth app client id (oauth)"},
      ConfigKey{.name = "client_secret",
                .secret = true,
                .description = "OAuth app client secret (oauth)"},
      ConfigKey{.name = "refresh_token",
                .secret = true,
                .description = "OAuth refresh token from the app's install (oauth)"},
      ConfigKey{.name = "page_size",
                .type = ValueType::kInteger,
                .default_value = json::value(kMaxListLimit),
                .description = "contacts per list request, 1..100"},
      ConfigKey{.name = "search_page_size",
                .type = ValueType::kInteger,
                .default_value = json::value(kMaxSearchLimit),
                .description = "contacts per search request, 1..200"},
      ConfigKey{
          .name = "lookback_seconds",
          .type = ValueType::kInteger,
          .default_value = json::value(300),
          .description =
              "incremental reads start this long before the bookmark, 0..86400: the search index "
              "lags writes by up to ~30 s"},
      ConfigKey{
          .name = "include_archived",
          .type = ValueType::kBoolean,
          .default_value = json::value(true),
          .description =
              "also list archived contacts (archived=true) so their leads are marked archived"},
      ConfigKey{.name = "description_property",
                .default_value = json::value("message"),
                .description = "contact property copied to crm_description"},
      ConfigKey{.name = "max_api_usage_percent",
                .type = ValueType::kInteger,
                .default_value = json::value(90),
                .description =
                    "stop this sync (resume after HubSpot's daily reset) once this share of the "
                    "account's daily API allowance is used, 1..100; the rest is left to other "
                    "integrations. Read from X-HubSpot-RateLimit-Daily(-Remaining), which private "
                    "apps receive on every non-search response"},
  };
  return d;
}

std::string prefix(std::string_view name) {
  return std::string(kName) + " config: '" + std::string(name) + "'";
}

// The configured value, else the declared default, else null.
json::value setting(const json::object& config, std::string_view name) {
  if (auto it = config.find(name); it != config.end() && !it->value().is_null()) return it->value();
  for (const auto& k : declaration().config) {
    if (k.name == name && k.default_value) return *k.default_value;
  }
  return nullptr;
}

std::string text(const json::object& config, std::string_view name) {
  auto v = setting(config, name);
  return v.is_string() ? std::string(v.get_string()) : std::string();
}

Result<std::int64_t> integer(const json::object& config, std::string_view name, std::int64_t min,
                             std::int64_t max) {
  auto v = setting(config, name);
  auto n = v.is_int64()    ? v.get_int64()
           : v.is_uint64() ? static_cast<std::int64_t>(v.get_uint64())
                           : min - 1;
  if (n < min || n > max)
    return Status::config(prefix(name) + " is " + json::serialize(v) + "; expected an integer " +
                          std::to_string(min) + ".." + std::to_string(max));
  return n;
}

Status require(const json::object& config, std::string_view name, std::string_view why) {
  if (!text(config, name).empty()) return Status::success();
  return Status::config(prefix(name) + " is missing or empty; " + std::string(why));
}

Status read_auth(const json::object& config, HubSpotConfig& out) {
  auto mode = text(config, "auth");
  if (mode != "private_app" && mode != "oauth")
    return Status::config(prefix("auth") + " is '" + mode + "'; expected private_app or oauth");
  out.auth = mode == "oauth" ? AuthMode::kOAuth : AuthMode::kPrivateApp;
  out.access_token = text(config, "access_token");
  out.client_id = text(config, "client_id");
  out.client_secret = text(config, "client_secret");
  out.refresh_token = text(config, "refresh_token");
  if (out.auth == AuthMode::kPrivateApp)
    return require(config, "access_token",
                   "auth private_app needs the private app's token (Settings > Integrations > "
                   "Private apps)");
  for (auto name : {"client_id", "client_secret", "refresh_token"}) {
    if (auto s = require(config, name,
                         "auth oauth needs client_id, client_secret and "
                         "refresh_token");
        !s)
      return s;
  }
  return Status::success();
}

}  // namespace

const sdk::Declaration& declaration() {
  static const sdk::Declaration kDeclaration = make_declaration();
  return kDeclaration;
}

Result<HubSpotConfig> parse_config(const json::object& config) {
  HubSpotConfig out;
  out.base_url = text(config, "base_url");
  if (!out.base_url.starts_with("http://") && !out.base_url.starts_with("https://"))
    return Status::config(prefix("base_url") + " is '" + out.base_url +
                          "'; expected an http:// or https:// URL such as https://api.hubapi.com");
  while (out.base_url.ends_with('/')) out.base_url.pop_back();
  if (auto s = read_auth(config, out); !s) return s;

  auto page = integer(config, "page_size", 1, kMaxListLimit);
  if (!page) return page.status();
  auto search = integer(config, "search_page_size", 1, kMaxSearchLimit);
  if (!search) return search.status();
  auto lookback = integer(config, "lookback_seconds", 0, 86400);
  if (!lookback) return lookback.status();
  out.page_size = static_cast<int>(*page);
  out.search_page_size = static_cast<int>(*search);
  out.lookback_seconds = *lookback;
  auto percent = integer(config, "max_api_usage_percent", 1, 100);
  if (!percent) return percent.status();
  out.max_api_usage_percent = static_cast<int>(*percent);

  auto archived = setting(config, "include_archived");
  out.include_archived = archived.is_bool() ? archived.get_bool() : true;
  out.description_property = text(config, "description_property");
  if (out.description_property.empty())
    return Status::config(prefix("description_property") +
                          " is empty; expected a contact property name such as message");
  return out;
}

}  // namespace tributary::hubspot
