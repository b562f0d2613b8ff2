#pragma once
// fetch: the raw material for one run, untouched.
//  - rest: log in, page through GET /api/data-query (LIMIT/OFFSET) and log out, on success, on
//    failure and when the host asks to stop between pages. Pages: stream "orders", meta
//    {page, offset, limit}.
//  - csv: read the export file whole. One page: stream "csv", meta {path}. This is the one place
//    the connector touches the file system; normalize only parses the text.
// FetchResult::context: {mode, server_timezone, ...}; rest adds {from, to, logins} and, when the
// logout itself failed, logout_error.

#include "plugins/fishbowl/config.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/status.h"

namespace tributary::fishbowl {

inline constexpr const char* kOrdersStream = "orders";
inline constexpr const char* kCsvStream = "csv";

// The zone of the server's clock: server_timezone, else the organisation's.
std::string server_zone(const CountingRules& rules, const sdk::Organization& org);

sdk::Result<sdk::FetchResult> fetch_rest(const sdk::FetchContext& ctx,
                                         const FishbowlConfig& config);
sdk::Result<sdk::FetchResult> fetch_csv(const sdk::FetchContext& ctx, const FishbowlConfig& config);

}  // namespace tributary::fishbowl
