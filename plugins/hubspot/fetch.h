#pragma once
// fetch: owners, then contacts (the full list on the first sync, the search from the bookmark
// minus the lookback afterwards), then archived contacts; every body kept as it came.

#include "plugins/hubspot/config.h"
#include "tributary/sdk/context.h"

namespace tributary::hubspot {

inline constexpr const char* kOwnersStream = "owners";
inline constexpr const char* kContactsStream = "contacts";
inline constexpr const char* kArchivedStream = "archived";

// FetchResult.context: {"mode": "full"|"incremental", "sync_started_ms", "previous_bookmark_ms"
// (incremental), "search_from_ms" (incremental), "search_queries", "search_total",
// "token_refreshes"}.
sdk::Result<sdk::FetchResult> fetch_contacts(const sdk::FetchContext& ctx,
                                             const HubSpotConfig& config);

}  // namespace tributary::hubspot
