#include "host/leads/manual_edit.h"

#include "host/leads/lead_fields.h"
#include "host/phone/e164.h"

namespace tributary::host {

namespace {

sdk::Result<std::string> manual_value(const std::string& column, const std::string& value,
                                      std::string_view default_country) {
  if (column != "phone_e164" || value.empty()) return value;
  auto phone = normalize_phone(value, default_country);
  if (!phone.ok)
    return sdk::Status::config("phone '" + value + "' was not accepted: " + phone.reason);
  return phone.e164;
}

}  // namespace

sdk::Result<LeadRow> apply_manual_edit(LeadRow row, const ManualLeadEdit& edit,
                                       std::string_view default_country, std::int64_t now_unix) {
  if (edit.fields.empty())
    return sdk::Status::config("nothing to change: give at least one of " + lead_field_list());
  for (const auto& [column, value] : edit.fields) {
    const auto* field = find_lead_field(column);
    if (!field)
      return sdk::Status::config("'" + column + "' is not a lead field; expected one of " +
                                 lead_field_list());
    auto stored = manual_value(column, value, default_country);
    if (!stored) return stored.status();
    row.*field->member = *stored;
    row.manual_fields.insert(column);
  }
  if (row.id.empty()) {
    row.origin = kOriginManual;
    row.created_at = now_unix;
  }
  row.updated_at = now_unix;
  return row;
}

}  // namespace tributary::host
