#include "plugins/hubspot/hubspot_connector.h"

#include <string>

#include "plugins/hubspot/config.h"
#include "plugins/hubspot/fetch.h"
#include "plugins/hubspot/hubspot_api.h"
#include "plugins/hubspot/normalize.h"
#include "tributary/sdk/guarded.h"

namespace tributary::hubspot {

namespace {

sdk::Result<sdk::CheckReport> run_check(const sdk::FetchContext& ctx) {
  if (ctx.host == nullptr)
    return sdk::Status::internal("HubSpot check was called without host services");
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  HubSpotApi api(*ctx.host, *config);
  auto response = api.get("/crm/v3/owners?limit=1&archived=false", "HubSpot GET /crm/v3/owners");
  if (!response) return response.status();
  sdk::CheckReport report;
  report.facts["base_url"] = config->base_url;
  report.facts["auth"] = config->auth == AuthMode::kOAuth ? "oauth" : "private_app";
  report.facts["token_refreshes"] = api.token_refreshes();
  return report;
}

}  // namespace

const sdk::Declaration& HubSpotConnector::declaration() const noexcept {
  return hubspot::declaration();
}

sdk::Result<sdk::CheckReport> HubSpotConnector::check(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::CheckReport>("HubSpot", "check", [&] { return run_check(ctx); });
}

sdk::Result<sdk::FetchResult> HubSpotConnector::fetch(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::FetchResult>("HubSpot", "fetch", [&]() -> sdk::Result<sdk::FetchResult> {
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    return fetch_contacts(ctx, *config);
  });
}

sdk::Result<sdk::NormalizeOutput> HubSpotConnector::normalize(
    const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept {
  return sdk::guarded<sdk::NormalizeOutput>("HubSpot", "normalize",
                                       [&] { return normalize_contacts(ctx, fetched); });
}

}  // namespace tributary::hubspot
