#pragma once
// What one leads sync did, for the run summary: created / updated / unchanged, archived marks,
// how fallback matches happened, and every record skipped or kept without a phone, with why.

#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <vector>

namespace tributary::host {

struct LeadIssue {
  std::string crm_id;
  std::string reason;
};

// A count per reason plus the first few examples, so a summary stays small for 10,000 bad rows.
struct LeadIssues {
  int count = 0;
  std::map<std::string, int> by_reason;
  std::vector<LeadIssue> examples;  // at most kMaxExamples

  static constexpr std::size_t kMaxExamples = 10;
  void add(std::string crm_id, std::string reason);
  boost::json::object to_json() const;
};

struct LeadSyncSummary {
  int received = 0;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  int archived = 0;          // newly marked archived (already-marked ones count as unchanged)
  int matched_by_phone = 0;  // CRM records linked to an existing lead through its E.164 phone
  int matched_by_email = 0;
  int duplicates = 0;         // the same CRM id more than once in one batch; the newest kept
  LeadIssues skipped;         // not written at all
  LeadIssues phone_rejected;  // written, with phone_e164 empty

  boost::json::object to_json() const;
};

}  // namespace tributary::host
