#include "host/leads/lead_summary.h"

#include <boost/json/array.hpp>

namespace tributary::host {

void LeadIssues::add(std::string crm_id, std::string reason) {
  ++count;
  ++by_reason[reason];
  if (examples.size() < kMaxExamples) examples.push_back({std::move(crm_id), std::move(reason)});
}

boost::json::object LeadIssues::to_json() const {
  boost::json::object reasons;
  for (const auto& [reason, n] : by_reason) reasons[reason] = n;
  boost::json::array samples;
  for (const auto& e : examples) samples.push_back({{"crm_id", e.crm_id}, {"reason", e.reason}});
  return {{"count", count}, {"reasons", std::move(reasons)}, {"examples", std::move(samples)}};
}

boost::json::object LeadSyncSummary::to_json() const {
  return {{"received", received},
          {"created", created},
          {"updated", updated},
          {"unchanged", unchanged},
          {"archived", archived},
          {"matched_by_phone", matched_by_phone},
          {"matched_by_email", matched_by_email},
          {"duplicates", duplicates},
          {"skipped", skipped.to_json()},
          {"phone_rejected", phone_rejected.to_json()}};
}

}  // namespace tributary::host
