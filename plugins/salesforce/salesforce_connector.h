#pragma once
// The Salesforce connector: declaration from config.h, fetch from fetch.cc, normalize from
// normalize.cc. Entry points never throw; anything unexpected becomes a kInternal Status.

#include "tributary/sdk/connector.h"

namespace tributary::salesforce {

class SalesforceConnector final : public sdk::Connector {
 public:
  const sdk::Declaration& declaration() const noexcept override;

  // A session (refreshing if needed) and one query, SELECT Id FROM Contact LIMIT 1, prove the
  // connected app, the refresh token and the integration user's access.
  sdk::Result<sdk::CheckReport> check(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::FetchResult> fetch(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::NormalizeOutput> normalize(
      const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept override;
};

}  // namespace tributary::salesforce
