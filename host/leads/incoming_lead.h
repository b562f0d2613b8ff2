#pragma once
// A CRM record as the leads table would hold it: the phone through the one E.164 normaliser
// (with the organisation's default country), the email trimmed, the CRM's extras and what
// happened to the phone in metadata. Pure.

#include <string>
#include <string_view>

#include "host/leads/lead_row.h"
#include "tributary/sdk/records.h"

namespace tributary::host {

struct IncomingLead {
  LeadRow values;            // the CRM-owned fields and metadata; no id, origin or timestamps
  std::string email_key;     // lower-cased email, the third match key; empty when none
  std::string phone_reason;  // why normalize_phone rejected a non-empty phone; empty otherwise
  std::string modified_at;   // the CRM's modification instant, to pick among duplicates
  bool archived = false;
};

IncomingLead incoming_lead(const sdk::LeadRecord& record, std::string_view source,
                           std::string_view default_country);

// ASCII lower case: emails match case-insensitively on the part people type differently.
std::string lower_email(std::string_view email);

}  // namespace tributary::host
