// The connector's declaration: identity, every config key with its type, default and meaning,
// what it produces, and how the host budgets its requests.
#include <boost/json/value.hpp>

#include "plugins/fishbowl/config.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::ValueType;

namespace {

ConfigKey key(std::string name, ValueType type, std::optional<json::value> def,
              std::string description, std::vector<std::string> allowed = {}) {
  return ConfigKey{std::move(name),   type, false, std::move(def), false, std::move(description),
                   std::move(allowed)};
}

ConfigKey secret(std::string name, std::string description) {
  auto k = key(std::move(name), ValueType::kString, std::nullopt, std::move(description));
  k.secret = true;
  return k;
}

std::vector<ConfigKey> connection_keys() {
  return {
      key("mode", ValueType::kString, json::value("rest"),
          "rest: ask the Fishbowl server (POST /api/login, GET /api/data-query); csv: read a "
          "Fishbowl CSV export from csv_path",
          {"rest", "csv"}),
      key("base_url", ValueType::kString, std::nullopt,
          "rest: the Fishbowl server root without /api, e.g. http://fishbowl.local:2456"),
      key("username", ValueType::kString, std::nullopt,
          "rest: the Fishbowl user the integration logs in as (needs the Data module)"),
      secret("password", "rest: that user's password, from ${ENV}"),
      secret("mfa_code", "rest: a current multi-factor code, only when Fishbowl requires one"),
      key("app_name", ValueType::kString, json::value("Tributary"),
          "rest: the integration's name, as a Fishbowl admin approves it in Settings > "
          "Integrations"),
      key("app_description", ValueType::kString,
          json::value("Tributary sales metrics (read-only data queries)"),
          "rest: shown to the Fishbowl admin next to app_name"),
      key("app_id", ValueType::kInteger, json::value(7301),
          "rest: the integration's numeric id; keep it stable, approval is per app"),
      key("page_size", ValueType::kInteger, json::value(500),
          "rest: orders per data-query (LIMIT), 1..5000"),
      key("csv_path", ValueType::kString, std::nullopt,
          "csv: the export file; a relative path is relative to the working directory of the "
          "tributary process"),
      key("csv_format", ValueType::kString, json::value("auto"),
          "csv: sales_order_export (Fishbowl's SO export: SO and Item rows), table_export (one "
          "row per order, so-table columns) or auto (decided from the header)",
          {"auto", "sales_order_export", "table_export"}),
  };
}

std::vector<ConfigKey> counting_keys() {
  return {
      key("server_timezone", ValueType::kString, json::value(""),
          "IANA zone of the Fishbowl server's clock, used for dates without an offset (MySQL "
          "datetimes, Excel serial dates); empty means the organisation's zone"),
      key("date_field", ValueType::kString, json::value("issued"),
          "which date puts an order on a day: issued (booked), completed (fulfilled) or "
          "posted (the postso posting date)",
          {"issued", "completed", "posted"}),
      key("count_statuses", ValueType::kIntegerList, json::value({20, 25, 60, 70}),
          "SO status ids that count: 20 Issued, 25 In Progress, 60 Fulfilled, 70 Closed Short, "
          "95 Historical. 10 Estimate, 80 Void, 85 Cancelled and 90 Expired never count"),
      key("amount", ValueType::kString, json::value("subtotal"),
          "subtotal: the sum of every line of the order (products, shipping, discounts) without "
          "tax; total: the same plus the order's tax",
          {"subtotal", "total"}),
      key("channel_field", ValueType::kString, json::value("account_type"),
          "which customer value names the channel: account_type (the customer's account "
          "type) or customer_name",
          {"account_type", "customer_name"}),
      key("channel_map", ValueType::kObject,
          json::value({{"Wholesale", "wholesale"}, {"Distribution", "distribution"}}),
          "channel value -> wholesale | distribution, matched trimmed and case-insensitively; "
          "other values are counted in the run summary, not as sales"),
      key("salesman_aliases", ValueType::kObject, json::value(json::object{}),
          "salesman text on orders (username, initials) -> our user id, matched trimmed and "
          "case-insensitively; used when users.yaml has no identities.fishbowl for the order's "
          "salesman id"),
  };
}

sdk::Declaration make_declaration() {
  sdk::Declaration d;
  d.name = kName;
  d.version = kVersion;
  d.description =
      "Fishbowl sales orders (REST data-query or a CSV export) as wholesale and distribution "
      "revenue per salesman and organisation-local day";
  d.scope = sdk::FetchScope::kPerAccount;
  d.record_kinds = {sdk::RecordKind::kMetric};
  d.metric_types = {kWholesale, kDistribution};
  // Fishbowl publishes no rate limit; the server is often a small on-site machine, and one
  // session does one thing at a time.
  d.default_rate_budget = {5, 1};
  d.account_keys = {"base_url", "username"};
  d.identity_keys = {kSalesmanIdIdentity, kSalesmanIdentity};
  d.config = connection_keys();
  for (auto& k : counting_keys()) d.config.push_back(std::move(k));
  return d;
}

}  // namespace

const sdk::Declaration& declaration() {
  static const sdk::Declaration kDeclaration = make_declaration();
  return kDeclaration;
}

}  // namespace tributary::fishbowl
