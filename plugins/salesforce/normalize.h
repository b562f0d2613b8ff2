#pragma once
// normalize: recorded query answers to LeadRecords, each object's cursor (its last record read)
// as state, and a summary with the org's API usage and, after REQUEST_LIMIT_EXCEEDED, when to
// resume. Pure: the same pages and context give the same output.

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::salesforce {

sdk::Result<sdk::NormalizeOutput> normalize_records(const sdk::NormalizeContext& ctx,
                                                    const sdk::FetchResult& fetched);

}  // namespace tributary::salesforce
