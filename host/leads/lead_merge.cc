#include "host/leads/lead_merge.h"

#include "host/leads/lead_fields.h"

namespace tributary::host {

namespace {

bool assign(std::string& target, const std::string& value) {
  if (target == value) return false;
  target = value;
  return true;
}

}  // namespace

bool apply_crm_values(LeadRow& row, const IncomingLead& in, std::int64_t now_unix) {
  const auto& v = in.values;
  bool changed = assign(row.crm_source, v.crm_source);
  changed = assign(row.crm_id, v.crm_id) || changed;
  for (const auto& field : lead_fields()) {
    if (row.manual_fields.count(std::string(field.column))) continue;
    changed = assign(row.*field.member, v.*field.member) || changed;
  }
  changed = assign(row.metadata, v.metadata) || changed;
  if (row.archived_at != 0) {
    row.archived_at = 0;
    changed = true;
  }
  if (changed) row.updated_at = now_unix;
  return changed;
}

bool mark_archived(LeadRow& row, std::int64_t now_unix) {
  if (row.archived_at != 0) return false;
  row.archived_at = now_unix;
  row.updated_at = now_unix;
  return true;
}

LeadRow new_crm_lead(const IncomingLead& in, std::string id, std::int64_t now_unix) {
  LeadRow row = in.values;
  row.id = std::move(id);
  row.origin = kOriginCrm;
  row.manual_fields.clear();
  row.archived_at = 0;
  row.created_at = now_unix;
  row.updated_at = now_unix;
  return row;
}

}  // namespace tributary::host
