#include "plugins/justcall/justcall_connector.h"

#include <string>

#include "plugins/justcall/api_request.h"
#include "plugins/justcall/config.h"
#include "plugins/justcall/fetch.h"
#include "plugins/justcall/normalize.h"
#include "tributary/sdk/guarded.h"
#include "tributary/sdk/json.h"

namespace tributary::justcall {

namespace {

sdk::Result<sdk::CheckReport> run_check(const sdk::FetchContext& ctx) {
  if (ctx.host == nullptr)
    return sdk::Status::internal("JustCall check was called without host services");
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  auto response =
      api_get(*ctx.host, *config, "/v2.1/users?page=0&per_page=1", "JustCall GET /v2.1/users");
  if (!response) return response.status();
  auto envelope = sdk::parse_json(response->body, "JustCall GET /v2.1/users");
  if (!envelope) return envelope.status();
  sdk::CheckReport report;
  report.facts["base_url"] = config->base_url;
  report.facts["auth_style"] = config->auth_style == AuthStyle::kBasic ? "basic" : "raw";
  if (auto total = sdk::get_int(*envelope, "total_count")) report.facts["users_total"] = *total;
  return report;
}

}  // namespace

const sdk::Declaration& JustCallConnector::declaration() const noexcept {
  return justcall::declaration();
}

sdk::Result<sdk::CheckReport> JustCallConnector::check(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::CheckReport>("JustCall", "check", [&] { return run_check(ctx); });
}

sdk::Result<sdk::FetchResult> JustCallConnector::fetch(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::FetchResult>("JustCall", "fetch",
      [&]() -> sdk::Result<sdk::FetchResult> {
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    return fetch_calls(ctx, *config);
  });
}

sdk::Result<sdk::NormalizeOutput> JustCallConnector::normalize(
    const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept {
  return sdk::guarded<sdk::NormalizeOutput>("JustCall", "normalize",
      [&] { return normalize_calls(ctx, fetched); });
}

}  // namespace tributary::justcall
