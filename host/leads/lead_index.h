#pragma once
// The leads a sync can match against, by the three keys of DESIGN.md: (crm_source, crm_id),
// then E.164 phone, then lower-cased email. Phone and email only find leads not yet linked to a
// CRM record (leads people entered): a lead linked to one CRM record is never taken over by
// another, so two CRM contacts sharing a switchboard number stay two leads and a later sync
// cannot flip a lead between them.

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "host/leads/lead_row.h"

namespace tributary::host {

class LeadIndex {
 public:
  explicit LeadIndex(std::vector<LeadRow> rows);

  LeadRow* by_crm(std::string_view source, std::string_view crm_id);
  // The oldest unlinked lead (created_at, then id) with this phone or email; nullptr when none.
  LeadRow* unlinked_by_phone(std::string_view e164);
  LeadRow* unlinked_by_email(std::string_view email_key);

  // Records that `row` (one of ours) is now linked to row.crm_source/row.crm_id.
  void linked(LeadRow& row);
  // Adds a new, linked row; the reference stays valid for the index's lifetime.
  LeadRow& add(LeadRow row);

  bool contains_id(const std::string& id) const { return ids_.count(id) > 0; }

 private:
  using Bucket = std::vector<LeadRow*>;  // ordered oldest first
  using KeyIndex = std::map<std::string, Bucket, std::less<>>;
  struct UnlinkedKeys {
    std::string phone;
    std::string email;
  };
  static LeadRow* first(KeyIndex& index, std::string_view key);
  static void remove(KeyIndex& index, const std::string& key, const LeadRow* row);
  void index_crm(LeadRow& row);

  std::deque<LeadRow> rows_;  // deque: adding never moves the rows the maps point at
  std::map<std::pair<std::string, std::string>, LeadRow*, std::less<>> by_crm_;
  KeyIndex unlinked_phone_;
  KeyIndex unlinked_email_;
  // The keys each unlinked row was indexed under: a sync may change them before linking it.
  std::map<const LeadRow*, UnlinkedKeys> unlinked_keys_;
  std::map<std::string, LeadRow*> ids_;
};

}  // namespace tributary::host
