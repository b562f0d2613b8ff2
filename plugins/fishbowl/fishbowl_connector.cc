#include "plugins/fishbowl/fishbowl_connector.h"

#include <string>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/csv_orders.h"
#include "plugins/fishbowl/fetch.h"
#include "plugins/fishbowl/normalize.h"
#include "plugins/fishbowl/session.h"
#include "tributary/sdk/guarded.h"

namespace tributary::fishbowl {

namespace {

sdk::Result<sdk::CheckReport> check_rest(const sdk::FetchContext& ctx,
                                         const FishbowlConfig& config) {
  Session session(*ctx.host, config.rest);
  if (auto s = session.login(); !s) return s;
  if (auto s = session.logout(); !s) return s;
  sdk::CheckReport report;
  report.facts = {{"mode", "rest"},
                  {"base_url", config.rest.base_url},
                  {"app_name", config.rest.app_name},
                  {"login", "ok; logged out again"}};
  return report;
}

sdk::Result<sdk::CheckReport> check_csv(const sdk::FetchContext& ctx,
                                        const FishbowlConfig& config) {
  auto fetched = fetch_csv(ctx, config);
  if (!fetched) return fetched.status();
  const auto& page = fetched->pages.front();
  auto read = read_csv_orders(page.body, config.csv_path, config.rules.csv_format,
                              server_zone(config.rules, ctx.org));
  if (!read) return read.status();
  sdk::CheckReport report;
  report.facts = {{"mode", "csv"},
                  {"csv_file", config.csv_path},
                  {"csv_format", read->format == CsvFormat::kSalesOrderExport ? "sales_order_export"
                                                                              : "table_export"},
                  {"orders", static_cast<std::int64_t>(read->orders.size())},
                  {"bad_rows", static_cast<std::int64_t>(read->bad_rows.size())}};
  return report;
}

}  // namespace

const sdk::Declaration& FishbowlConnector::declaration() const noexcept {
  return fishbowl::declaration();
}

sdk::Result<sdk::CheckReport> FishbowlConnector::check(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::CheckReport>("Fishbowl", "check",
      [&]() -> sdk::Result<sdk::CheckReport> {
    if (ctx.host == nullptr) return sdk::Status::internal("Fishbowl check without host services");
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    return config->mode == Mode::kCsv ? check_csv(ctx, *config) : check_rest(ctx, *config);
  });
}

sdk::Result<sdk::FetchResult> FishbowlConnector::fetch(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::FetchResult>("Fishbowl", "fetch",
      [&]() -> sdk::Result<sdk::FetchResult> {
    if (ctx.host == nullptr) return sdk::Status::internal("Fishbowl fetch without host services");
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    return config->mode == Mode::kCsv ? fetch_csv(ctx, *config) : fetch_rest(ctx, *config);
  });
}

sdk::Result<sdk::NormalizeOutput> FishbowlConnector::normalize(
    const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept {
  return sdk::guarded<sdk::NormalizeOutput>("Fishbowl", "normalize",
      [&] { return normalize_orders(ctx, fetched); });
}

}  // namespace tributary::fishbowl
