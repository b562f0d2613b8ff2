#pragma once
// normalize: recorded owners, contacts and archived pages to LeadRecords, one per contact id
// (search re-queries and the lookback repeat contacts; the newest copy wins), plus the next
// bookmark as state and a summary. Pure: the same pages and context give the same output.

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::hubspot {

sdk::Result<sdk::NormalizeOutput> normalize_contacts(const sdk::NormalizeContext& ctx,
                                                     const sdk::FetchResult& fetched);

}  // namespace tributary::hubspot
