#pragma once
// The lead columns a CRM sync writes and a person may edit, by column name, so the sink, the
// manual editor and the store agree on one list.

#include <set>
#include <span>
#include <string>
#include <string_view>

#include "host/leads/lead_row.h"

namespace tributary::host {

struct LeadField {
  std::string_view column;       // "phone_e164"
  std::string LeadRow::*member;  // &LeadRow::phone_e164
};

// name, email, phone_e164, crm_owner, crm_owner_email, crm_status, crm_stage, crm_description,
// crm_last_activity_at: in table order.
std::span<const LeadField> lead_fields();

// The field for a column name; nullptr when it is not one of lead_fields().
const LeadField* find_lead_field(std::string_view column);

// "name, email, ..." for error messages.
std::string lead_field_list();

// manual_fields as stored: a JSON array of column names, sorted. Unknown names in stored text
// are dropped (a column a newer build knew about).
std::string manual_fields_json(const std::set<std::string>& fields);
std::set<std::string> parse_manual_fields(std::string_view json_text);

// A row someone inserted with origin "manual" but no manual_fields list (a dashboard writing the
// table directly): every field it has a value in counts as set by a person.
std::set<std::string> filled_fields(const LeadRow& row);

}  // namespace tributary::host
