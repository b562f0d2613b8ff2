#pragma once
// Incremental read: every contact with lastmodifieddate >= from_ms, through the search endpoint,
// past its 10,000-result cap by re-querying from the last instant seen (search_query.h), never
// truncating. Results may repeat across queries; normalize keeps one per id.

#include <cstdint>
#include <vector>

#include "plugins/hubspot/hubspot_api.h"
#include "tributary/sdk/context.h"

namespace tributary::hubspot {

// HubSpot answers 400 to an `after` at or past this many results of one query.
inline constexpr int kSearchResultCap = 10000;

struct SearchOutcome {
  int pages = 0;
  int results = 0;          // with repeats across queries
  int queries = 0;          // 1 + re-queries
  std::int64_t total = -1;  // "total" of the first answer: how many matched when it started
};

// Appends one "contacts" RawPage per answer (meta {"query": describe(), "after": cursor}).
// `cap` is kSearchResultCap except in tests.
sdk::Result<SearchOutcome> search_modified_since(HubSpotApi& api, sdk::HostServices& host,
                                                 const HubSpotConfig& config, std::int64_t from_ms,
                                                 std::vector<sdk::RawPage>& pages,
                                                 int cap = kSearchResultCap);

}  // namespace tributary::hubspot
