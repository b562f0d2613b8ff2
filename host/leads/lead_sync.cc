#include "host/leads/lead_sync.h"

#include <map>
#include <set>

#include "host/leads/incoming_lead.h"
#include "host/leads/lead_index.h"
#include "host/leads/lead_merge.h"

namespace tributary::host {

namespace {

constexpr const char* kNoCrmId = "the record has no CRM id, so it cannot be matched again";
constexpr const char* kArchivedUnknown =
    "archived in the CRM before any sync saw it; nothing to mark";

// One record per CRM id, the most recently modified (the later one on a tie, since connectors
// emit in modification order), in the order the survivors first appeared.
std::vector<IncomingLead> newest_per_crm_id(const std::vector<sdk::LeadRecord>& records,
                                            const LeadSyncInput& input, LeadSyncSummary& summary) {
  std::vector<IncomingLead> out;
  std::map<std::string, std::size_t> position;
  for (const auto& record : records) {
    if (record.crm_id.empty()) {
      summary.skipped.add("", kNoCrmId);
      continue;
    }
    auto in = incoming_lead(record, input.source, input.default_country);
    auto [it, fresh] = position.try_emplace(record.crm_id, out.size());
    if (fresh) {
      out.push_back(std::move(in));
      continue;
    }
    ++summary.duplicates;
    auto& kept = out[it->second];
    if (in.modified_at >= kept.modified_at) kept = std::move(in);
  }
  return out;
}

std::string new_id(const LeadIndex& index, const LeadSyncInput& input, const std::string& crm_id) {
  std::string base = input.source + "_" + crm_id;
  std::string id = base;
  for (int n = 2; index.contains_id(id); ++n) id = base + "_" + std::to_string(n);
  return id;
}

class Planner {
 public:
  Planner(std::vector<LeadRow> existing, const LeadSyncInput& input, LeadSyncSummary& summary)
      : index_(std::move(existing)), input_(input), summary_(summary) {}

  void archived(const IncomingLead& in) {
    auto* row = index_.by_crm(input_.source, in.values.crm_id);
    if (!row) {
      summary_.skipped.add(in.values.crm_id, kArchivedUnknown);
      return;
    }
    if (!mark_archived(*row, input_.now_unix)) {
      ++summary_.unchanged;
      return;
    }
    ++summary_.archived;
    changed(*row);
  }

  void live(const IncomingLead& in) {
    if (!in.phone_reason.empty()) summary_.phone_rejected.add(in.values.crm_id, in.phone_reason);
    auto* row = find(in);
    if (!row) {
      auto& added =
          index_.add(new_crm_lead(in, new_id(index_, input_, in.values.crm_id), input_.now_unix));
      created_.push_back(&added);
      ++summary_.created;
      return;
    }
    bool was_linked = row->linked();
    bool modified = apply_crm_values(*row, in, input_.now_unix);
    if (!was_linked) index_.linked(*row);
    if (!modified) {
      ++summary_.unchanged;
      return;
    }
    ++summary_.updated;
    changed(*row);
  }

  void fill(LeadSyncPlan& plan) const {
    for (const auto* row : created_) plan.inserts.push_back(*row);
    for (const auto* row : changed_) plan.updates.push_back(*row);
  }

 private:
  LeadRow* find(const IncomingLead& in) {
    const auto& v = in.values;
    if (auto* row = index_.by_crm(v.crm_source, v.crm_id)) return row;
    if (auto* row = index_.unlinked_by_phone(v.phone_e164)) {
      ++summary_.matched_by_phone;
      return row;
    }
    if (auto* row = index_.unlinked_by_email(in.email_key)) {
      ++summary_.matched_by_email;
      return row;
    }
    return nullptr;
  }

  void changed(LeadRow& row) {
    if (changed_set_.insert(&row).second) changed_.push_back(&row);
  }

  LeadIndex index_;
  const LeadSyncInput& input_;
  LeadSyncSummary& summary_;
  std::vector<const LeadRow*> created_;
  std::vector<const LeadRow*> changed_;
  std::set<const LeadRow*> changed_set_;
};

}  // namespace

LeadSyncPlan plan_lead_sync(std::vector<LeadRow> existing,
                            const std::vector<sdk::LeadRecord>& records,
                            const LeadSyncInput& input) {
  LeadSyncPlan plan;
  plan.summary.received = static_cast<int>(records.size());
  auto batch = newest_per_crm_id(records, input, plan.summary);
  Planner planner(std::move(existing), input, plan.summary);
  for (const auto& in : batch) {
    if (in.archived)
      planner.archived(in);
    else
      planner.live(in);
  }
  planner.fill(plan);
  return plan;
}

}  // namespace tributary::host
