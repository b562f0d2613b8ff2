#pragma once
// How one CRM record changes a stored lead. The CRM owns the fields no person has set; the
// fields in manual_fields, the lead's id, origin and created_at are never touched.

#include <cstdint>

#include "host/leads/incoming_lead.h"
#include "host/leads/lead_row.h"

namespace tributary::host {

// Links the row to the record (a lead people entered becomes linked on its first match), copies
// every CRM-owned field a person has not set and the metadata, and clears an archived mark when
// the CRM has the record live again. Returns whether anything changed; updated_at moves only
// then, so a sync with no changes leaves the row byte for byte.
bool apply_crm_values(LeadRow& row, const IncomingLead& in, std::int64_t now_unix);

// Marks the row archived (now) unless it already is. Returns whether it changed. Nothing else
// moves: an archived record's last values stay as the sales team last saw them.
bool mark_archived(LeadRow& row, std::int64_t now_unix);

// A new lead for a record no stored lead matched.
LeadRow new_crm_lead(const IncomingLead& in, std::string id, std::int64_t now_unix);

}  // namespace tributary::host
