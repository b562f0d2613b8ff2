#pragma once
// The Copper connector: one unit per account (kPerAccount). fetch reads the account's activity
// types and stages, resolves our users to Copper user ids, and runs each search once for the
// whole window; normalize attributes what it found to our users per organisation-local day.

#include "tributary/sdk/connector.h"

namespace tributary::copper {

class CopperConnector final : public sdk::Connector {
 public:
  const sdk::Declaration& declaration() const noexcept override;
  sdk::Result<sdk::CheckReport> check(const sdk::FetchContext& ctx) noexcept override;
  sdk::Result<sdk::FetchResult> fetch(const sdk::FetchContext& ctx) noexcept override;
  sdk::Result<sdk::NormalizeOutput> normalize(const sdk::NormalizeContext& ctx,
                                              const sdk::FetchResult& fetched) const noexcept override;
};

}  // namespace tributary::copper
