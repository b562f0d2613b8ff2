#pragma once
// The leads sink's decisions, pure: given the stored leads and one unit's CRM records, which rows
// to insert and which to update, and the summary. The store applies the plan in the unit's
// transaction (host/store/sqlite_leads.cc). Rules: docs/leads.md.

#include <cstdint>
#include <string>
#include <vector>

#include "host/leads/lead_row.h"
#include "host/leads/lead_summary.h"
#include "tributary/sdk/records.h"

namespace tributary::host {

struct LeadSyncInput {
  std::string source;           // the connector's plugin name: leads.crm_source
  std::string default_country;  // organisation default for phones written without a country code
  std::int64_t now_unix = 0;
};

struct LeadSyncPlan {
  std::vector<LeadRow> inserts;  // in the order the records came
  std::vector<LeadRow> updates;  // whole rows as they should be stored, keyed by id
  LeadSyncSummary summary;
};

// Append strategy: a record matched by (source, crm id), else by E.164 phone, else by
// lower-cased email (those two only among leads no CRM record is linked to yet) updates that
// lead's CRM-owned fields; an unmatched one is created with origin "crm". Nothing is deleted:
// an archived record marks its lead archived. A record without a CRM id is skipped with a
// reason; a phone normalize_phone rejects is kept out of phone_e164 and reported, never a skip.
LeadSyncPlan plan_lead_sync(std::vector<LeadRow> existing,
                            const std::vector<sdk::LeadRecord>& records,
                            const LeadSyncInput& input);

}  // namespace tributary::host
