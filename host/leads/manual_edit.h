#pragma once
// Leads a person enters or edits (`tributary leads add|edit`). Every field given is written and
// listed in manual_fields, so no CRM sync overwrites it afterwards.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "host/leads/lead_row.h"
#include "tributary/sdk/status.h"

namespace tributary::host {

struct ManualLeadEdit {
  std::string id;  // the lead to edit; empty adds a new lead with origin "manual"
  // Column name (see lead_fields()) -> value. A phone is written as people write it and goes
  // through normalize_phone; an empty value clears the field and still pins it as manual.
  std::map<std::string, std::string> fields;
};

// Applies `edit` to `row` (a fresh LeadRow for a new lead). A kConfig Status names an unknown
// column, or a phone normalize_phone rejects with its reason. `now_unix` stamps updated_at, and
// created_at of a new row.
sdk::Result<LeadRow> apply_manual_edit(LeadRow row, const ManualLeadEdit& edit,
                                       std::string_view default_country, std::int64_t now_unix);

}  // namespace tributary::host
