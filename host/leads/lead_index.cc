#include "host/leads/lead_index.h"

#include <algorithm>

#include "host/leads/incoming_lead.h"

namespace tributary::host {

LeadIndex::LeadIndex(std::vector<LeadRow> rows) {
  std::sort(rows.begin(), rows.end(), [](const LeadRow& a, const LeadRow& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  for (auto& r : rows) {
    auto& row = rows_.emplace_back(std::move(r));
    ids_[row.id] = &row;
    if (row.linked()) {
      index_crm(row);
      continue;
    }
    UnlinkedKeys keys{row.phone_e164, lower_email(row.email)};
    if (!keys.phone.empty()) unlinked_phone_[keys.phone].push_back(&row);
    if (!keys.email.empty()) unlinked_email_[keys.email].push_back(&row);
    unlinked_keys_[&row] = std::move(keys);
  }
}

void LeadIndex::index_crm(LeadRow& row) {
  // Two rows with one CRM link can only come from hand edits of the table; the oldest wins.
  by_crm_.try_emplace({row.crm_source, row.crm_id}, &row);
}

LeadRow* LeadIndex::by_crm(std::string_view source, std::string_view crm_id) {
  auto it = by_crm_.find(std::pair<std::string, std::string>(source, crm_id));
  return it == by_crm_.end() ? nullptr : it->second;
}

LeadRow* LeadIndex::first(KeyIndex& index, std::string_view key) {
  if (key.empty()) return nullptr;
  auto it = index.find(key);
  return it == index.end() || it->second.empty() ? nullptr : it->second.front();
}

LeadRow* LeadIndex::unlinked_by_phone(std::string_view e164) {
  return first(unlinked_phone_, e164);
}

LeadRow* LeadIndex::unlinked_by_email(std::string_view email_key) {
  return first(unlinked_email_, email_key);
}

void LeadIndex::remove(KeyIndex& index, const std::string& key, const LeadRow* row) {
  auto it = index.find(key);
  if (it == index.end()) return;
  std::erase(it->second, row);
}

void LeadIndex::linked(LeadRow& row) {
  if (auto it = unlinked_keys_.find(&row); it != unlinked_keys_.end()) {
    remove(unlinked_phone_, it->second.phone, &row);
    remove(unlinked_email_, it->second.email, &row);
    unlinked_keys_.erase(it);
  }
  index_crm(row);
}

LeadRow& LeadIndex::add(LeadRow row) {
  auto& added = rows_.emplace_back(std::move(row));
  ids_[added.id] = &added;
  index_crm(added);
  return added;
}

}  // namespace tributary::host
