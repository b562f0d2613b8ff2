#pragma once
// Small builders for leads-sink tests: CRM records and stored rows with only what a test sets.

#include <string>

#include "host/leads/lead_row.h"
#include "tributary/sdk/records.h"

namespace tributary::host::testing {

inline sdk::LeadRecord crm_record(std::string id, std::string name, std::string phone = "",
                                  std::string email = "") {
  sdk::LeadRecord r;
  r.crm_id = std::move(id);
  r.name = std::move(name);
  r.phone = std::move(phone);
  r.email = std::move(email);
  r.status = "NEW";
  r.stage = "lead";
  r.modified_at = "2024-06-01T10:00:00Z";
  return r;
}

inline LeadRow manual_row(std::string id, std::string name, std::string phone_e164,
                          std::string email = "") {
  LeadRow row;
  row.id = std::move(id);
  row.name = std::move(name);
  row.phone_e164 = std::move(phone_e164);
  row.email = std::move(email);
  row.origin = kOriginManual;
  row.manual_fields = {"name", "phone_e164"};
  if (!row.email.empty()) row.manual_fields.insert("email");
  row.created_at = 1000;
  row.updated_at = 1000;
  return row;
}

}  // namespace tributary::host::testing
