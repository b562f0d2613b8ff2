// lead_progression_a|b|c: an opportunity entering a mapped stage counts once on the local day it
// entered, for its assignee (or whoever moved it). Never a snapshot of where deals sit now.
#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "plugins/copper/metrics.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace {

constexpr std::array<const char*, 3> kLeadTypes = {"lead_progression_a", "lead_progression_b",
                                                   "lead_progression_c"};

// Candidate stages of a reference, limited to the allowed pipelines when the opportunity's own
// pipeline is unknown (it was deleted, so only the stage tells where it was).
std::vector<std::int64_t> stages_of(const MetricInputs& in, const boost::json::value* value,
                                    std::optional<std::int64_t> pipeline) {
  auto ref = stage_ref(value);
  if (!ref) return {};
  auto ids = candidate_stage_ids(*ref, in.plan.stages, pipeline);
  if (pipeline || in.config.pipeline_ids.empty()) return ids;
  std::erase_if(ids, [&](std::int64_t id) {
    auto it = std::find_if(in.plan.stages.begin(), in.plan.stages.end(),
                           [&](const Stage& s) { return s.id == id; });
    return it == in.plan.stages.end() || !in.pipeline_allowed(it->pipeline_id);
  });
  return ids;
}

std::optional<std::string> mover_owner(const MetricInputs& in, const StageChange& c) {
  if (in.config.stage_attribution == StageAttribution::kAssignee) {
    if (const auto* opp = in.opportunity(c.opportunity_id)) return in.user_of(opp->assignee_id);
  }
  return in.user_of(c.actor);
}

sdk::Status from_activities(const MetricInputs& in, const std::vector<StageChange>& changes,
                            MetricTally& tally, Counters& counters) {
  std::set<std::tuple<std::int64_t, std::size_t, std::string>> seen;
  for (const auto& c : changes) {
    for (std::size_t letter = 0; letter < kLeadTypes.size(); ++letter) {
      if (!any_in(c.entered, in.plan.lead_stages[letter])) continue;
      // Moved out and back in on one day is one entry, not two.
      if (!seen.insert({c.opportunity_id, letter, c.day}).second) continue;
      auto user = mover_owner(in, c);
      if (!user) {
        ++counters["stage_entries_of_other_users"];
        continue;
      }
      tally.add(*user, kLeadTypes[letter], c.day, 1, c.opportunity_id);
    }
  }
  return sdk::Status::success();
}

// Fallback: only the latest entry is known, from the opportunity's date_stage_changed, and the
// assignee is the only user it names.
sdk::Status from_date_stage_changed(const MetricInputs& in, MetricTally& tally,
                                    Counters& counters) {
  for (const auto& [id, opp] : in.opportunities) {
    if (!opp.stage_id || !opp.date_stage_changed || !in.pipeline_allowed(opp.pipeline_id)) continue;
    auto day = tally.day_of(*opp.date_stage_changed);
    if (!day) return day.status();
    if (!*day) continue;
    for (std::size_t letter = 0; letter < kLeadTypes.size(); ++letter) {
      if (!in.plan.lead_stages[letter].count(*opp.stage_id)) continue;
      auto user = in.user_of(opp.assignee_id);
      if (!user) {
        ++counters["stage_entries_of_other_users"];
        continue;
      }
      tally.add(*user, kLeadTypes[letter], **day, 1, id);
    }
  }
  return sdk::Status::success();
}

}  // namespace

std::optional<std::string> MetricInputs::user_of(std::optional<std::int64_t> copper_id) const {
  if (!copper_id) return std::nullopt;
  auto it = user_by_copper_id.find(*copper_id);
  if (it == user_by_copper_id.end()) return std::nullopt;
  return it->second;
}

bool MetricInputs::pipeline_allowed(std::optional<std::int64_t> pipeline_id) const {
  if (config.pipeline_ids.empty()) return true;
  return pipeline_id && std::find(config.pipeline_ids.begin(), config.pipeline_ids.end(),
                                  *pipeline_id) != config.pipeline_ids.end();
}

const Opportunity* MetricInputs::opportunity(std::optional<std::int64_t> id) const {
  if (!id) return nullptr;
  auto it = opportunities.find(*id);
  return it == opportunities.end() ? nullptr : &it->second;
}

bool any_in(const std::vector<std::int64_t>& ids, const std::set<std::int64_t>& set) {
  return std::any_of(ids.begin(), ids.end(), [&](std::int64_t id) { return set.count(id) > 0; });
}

sdk::Result<std::vector<StageChange>> collect_stage_changes(const MetricInputs& in,
                                                            const MetricTally& tally,
                                                            Counters& counters) {
  std::vector<StageChange> out;
  for (const auto& a : in.activities) {
    if (a.type != kStageChangedType) continue;
    if (a.parent_type != "opportunity" || !a.parent_id) continue;
    auto day = tally.day_of(a.at);
    if (!day) return day.status();
    if (!*day) {
      ++counters["activities_outside_window"];
      continue;
    }
    const auto* opp = in.opportunity(a.parent_id);
    std::optional<std::int64_t> pipeline = opp ? opp->pipeline_id : std::nullopt;
    if (opp && !in.pipeline_allowed(pipeline)) continue;
    StageChange c;
    c.activity_id = a.id;
    c.opportunity_id = *a.parent_id;
    c.at = a.at;
    c.day = std::move(**day);
    c.actor = a.user_id;
    c.entered = stages_of(in, a.new_value.is_null() ? nullptr : &a.new_value, pipeline);
    c.left = stages_of(in, a.old_value.is_null() ? nullptr : &a.old_value, pipeline);
    ++counters["stage_changes"];
    out.push_back(std::move(c));
  }
  return out;
}

sdk::Status count_lead_progression(const MetricInputs& in, const std::vector<StageChange>& changes,
                                   MetricTally& tally, Counters& counters) {
  if (in.config.lead_source == LeadSource::kDateStageChanged)
    return from_date_stage_changed(in, tally, counters);
  return from_activities(in, changes, tally, counters);
}

}  // namespace tributary::copper
