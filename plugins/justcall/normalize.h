#pragma once
// normalize: recorded "calls" pages to phone_call_quantity and talk_time_minutes per
// organisation-local day. Pure: the same pages and context give the same records.

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::justcall {

// Per window day with at least one counted call:
//   phone_call_quantity = counted calls,  metadata {total_seconds, calls_all}
//   talk_time_minutes   = total_seconds / 60 (exact, not rounded), metadata {total_seconds}
// Days without counted calls emit nothing; the user is covered, so the host clears them.
sdk::Result<sdk::NormalizeOutput> normalize_calls(const sdk::NormalizeContext& ctx,
                                                  const sdk::FetchResult& fetched);

}  // namespace tributary::justcall
