#pragma once
// fetch: for each configured object, the SOQL from its committed cursor, following
// nextRecordsUrl until done. REQUEST_LIMIT_EXCEEDED stops the read cleanly: what was read so far
// is returned (its cursor commits with it) and the context says when to resume. Only when
// nothing at all was read is it a kQuotaExhausted failure.

#include "plugins/salesforce/config.h"
#include "tributary/sdk/context.h"

namespace tributary::salesforce {

// FetchResult.pages: one per answer, stream = the object ("Contact", "Lead"), meta {"page": n}.
// FetchResult.context: {"limit_info": last Sforce-Limit-Info, "session_refreshes": n,
// "stopped": {"object", "code", "message"} when the allocation ran out}.
sdk::Result<sdk::FetchResult> fetch_records(const sdk::FetchContext& ctx,
                                            const SalesforceConfig& config);

}  // namespace tributary::salesforce
