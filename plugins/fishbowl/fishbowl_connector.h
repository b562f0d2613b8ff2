#pragma once
// The Fishbowl connector: declaration from config.h, fetch from fetch.cc (REST or CSV),
// normalize from normalize.cc. Entry points never throw; anything unexpected becomes kInternal.

#include "tributary/sdk/connector.h"

namespace tributary::fishbowl {

class FishbowlConnector final : public sdk::Connector {
 public:
  const sdk::Declaration& declaration() const noexcept override;

  // rest: logs in and out again (proves credentials, app approval and the seat); csv: checks the
  // file can be read and its header understood.
  sdk::Result<sdk::CheckReport> check(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::FetchResult> fetch(const sdk::FetchContext& ctx) noexcept override;

  sdk::Result<sdk::NormalizeOutput> normalize(
      const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept override;
};

}  // namespace tributary::fishbowl
