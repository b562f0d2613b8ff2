// The connector's declaration: identity, every config key with its type, default and meaning,
// what it produces, and how the host budgets its requests.
#include <boost/json/value.hpp>

#include "plugins/fishbowl/config.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::ConfigKey;
using sdk::ValueType;

namespace {

ConfigKey secret(std::string name, std::string description) {
  return ConfigKey{.name = std::move(name), .secret = true, .description = std::move(description)};
}

std::vector<ConfigKey> connection_keys() {
  return {
      ConfigKey{
          .name = "mode",
          .default_value = json::value("rest"),
          .description =
              "rest: ask the Fishbowl server (POST /api/login, GET /api/data-query); csv: read a "
              "Fishbowl CSV export from csv_path",
          .allowed_values = {"rest", "csv"}},
      ConfigKey{.name = "base_url",
                .description =
                    "rest: the Fishbowl server root without /api, e.g. http://fishbowl.local:2456"},
      ConfigKey{.name = "username",
                .description =
                    "rest: the Fishbowl user the integration logs in as (needs the Data module)"},
      secret("password", "rest: that user's password, from ${ENV}"),
      secret("mfa_code", "rest: a current multi-factor code, only when Fishbowl requires one"),
      ConfigKey{.name = "app_name",
                .default_value = json::value("Tributary"),
                .description =
                    "rest: the integration's name, as a Fishbowl admin approves it in Settings > "
                    "Integrations"},
      ConfigKey{.name = "app_description",
                .default_value = json::value("Tributary sales metrics (read-only data queries)"),
                .description = "rest: shown to the Fishbowl admin next to app_name"},
      ConfigKey{
          .name = "app_id",
          .type = ValueType::kInteger,
          .default_value = json::value(7301),
          .description = "rest: the integration's numeric id; keep it stable, approval is per app"},
      ConfigKey{.name = "page_size",
                .type = ValueType::kInteger,
                .default_value = json::value(500),
                .description = "rest: orders per data-query (LIMIT), 1..5000"},
      ConfigKey{
          .name = "csv_path",
          .description =
              "csv: the export file; a relative path is relative to the working directory of the "
              "tributary process"},
      ConfigKey{
          .name = "csv_format",
          .default_value = json::value("auto"),
          .description =
              "csv: sales_order_export (Fishbowl's SO export: SO and Item rows), table_export (one "
              "row per order, so-table columns) or auto (decided from the header)",
          .allowed_values = {"auto", "sales_order_export", "table_export"}},
  };
}

std::vector<ConfigKey> counting_keys() {
  return {
      ConfigKey{
          .name = "server_timezone",
          .default_value = json::value(""),
          .description =
              "IANA zone of the Fishbowl server's clock, used for dates without an offset (MySQL "
              "datetimes, Excel serial dates); empty means the organisation's zone"},
      ConfigKey{.name = "date_field",
                .default_value = json::value("issued"),
                .description =
                    "which date puts an order on a day: issued (booked), completed (fulfilled) or "
                    "posted (the postso posting date)",
                .allowed_values = {"issued", "completed", "posted"}},
      ConfigKey{
          .name = "count_statuses",
          .type = ValueType::kIntegerList,
          .default_value = json::value({20, 25, 60, 70}),
          .description =
              "SO status ids that count: 20 Issued, 25 In Progress, 60 Fulfilled, 70 Closed Short, "
              "95 Historical. 10 Estimate, 80 Void, 85 Cancelled and 90 Expired never count"},
      ConfigKey{.name = "amount",
                .default_value = json::value("subtotal"),
                .description = "subtotal: the sum of every line of the order (products, shipping, "
                               "discounts) without "
                               "tax; total: the same plus the order's tax",
                .allowed_values = {"subtotal", "total"}},
      ConfigKey{.name = "channel_field",
                .default_value = json::value("account_type"),
                .description =
                    "which customer value names the channel: account_type (the customer's account "
                    "type) or customer_name",
                .allowed_values = {"account_type", "customer_name"}},
      ConfigKey{
          .name = "channel_map",
          .type = ValueType::kObject,
          .default_value =
              json::value({{"Wholesale", "wholesale"}, {"Distribution", "distribution"}}),
          .description =
              "channel value -> wholesale | distribution, matched trimmed and case-insensitively; "
              "other values are counted in the run summary, not as sales"},
      ConfigKey{
          .name = "salesman_aliases",
          .type = ValueType::kObject,
          .default_value = json::value(json::object{}),
          .description =
              "salesman text on orders (username, initials) -> our user id, matched trimmed and "
              "case-insensitively; used when users.yaml has no identities.fishbowl for the order's "
              "salesman id"},
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
