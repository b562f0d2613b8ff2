#pragma once
// The HubSpot connector: declaration from config.h, fetch from fetch.cc, normalize from
// normalize.cc. Entry points never throw; anything unexpected becomes a kInternal Status.

#include "tributary/sdk/connector.h"

namespace tributary::hubspot {

class HubSpotConnector final : public sdk::Connector {
 public:
  const sdk::Declaration& declaration() const noexcept override;

  // One request (GET /crm/v3/owners?limit=1) proves the token, its scopes and base_url.
  sdk::Result<sdk::CheckReport> check(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::FetchResult> fetch(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::NormalizeOutput> normalize(
      const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept override;
};

}  // namespace tributary::hubspot
