#include "plugins/salesforce/salesforce_connector.h"

#include <string>

#include "plugins/salesforce/api_error.h"
#include "plugins/salesforce/config.h"
#include "plugins/salesforce/fetch.h"
#include "plugins/salesforce/limit_info.h"
#include "plugins/salesforce/normalize.h"
#include "plugins/salesforce/session.h"
#include "tributary/sdk/guarded.h"

namespace tributary::salesforce {

namespace {

sdk::Result<sdk::CheckReport> run_check(const sdk::FetchContext& ctx) {
  if (ctx.host == nullptr)
    return sdk::Status::internal("Salesforce check was called without host services");
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  Session session(*ctx.host, *config);
  const std::string what = "Salesforce query SELECT Id FROM Contact LIMIT 1";
  auto response = session.get(
      "/services/data/" + config->api_version + "/query?q=SELECT%20Id%20FROM%20Contact%20LIMIT%201",
      {}, what);
  if (!response) return response.status();
  if (auto s = error_status(*response, what, *config); !s) return s;
  sdk::CheckReport report;
  report.facts["login_url"] = config->login_url;
  report.facts["api_version"] = config->api_version;
  report.facts["session_refreshes"] = session.refreshes();
  if (auto usage = parse_limit_info(session.limit_info())) {
    report.facts["api_usage"] = usage->used;
    report.facts["api_limit"] = usage->limit;
  }
  return report;
}

}  // namespace

const sdk::Declaration& SalesforceConnector::declaration() const noexcept {
  return salesforce::declaration();
}

sdk::Result<sdk::CheckReport> SalesforceConnector::check(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::CheckReport>("Salesforce", "check", [&] { return run_check(ctx); });
}

sdk::Result<sdk::FetchResult> SalesforceConnector::fetch(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::FetchResult>("Salesforce", "fetch",
      [&]() -> sdk::Result<sdk::FetchResult> {
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    return fetch_records(ctx, *config);
  });
}

sdk::Result<sdk::NormalizeOutput> SalesforceConnector::normalize(
    const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept {
  return sdk::guarded<sdk::NormalizeOutput>("Salesforce", "normalize",
                                       [&] { return normalize_records(ctx, fetched); });
}

}  // namespace tributary::salesforce
