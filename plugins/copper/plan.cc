#include "plugins/copper/plan.h"

#include <algorithm>

namespace tributary::copper {

namespace {

bool contains(const std::vector<ActivityType>& types, const TypeKey& key) {
  return std::any_of(types.begin(), types.end(), [&](const auto& t) { return t.key == key; });
}

}  // namespace

std::vector<TypeKey> Plan::search_types() const {
  std::set<TypeKey> keys;
  for (const auto& t : email_types) keys.insert(t.key);
  for (const auto& t : phone_call_types) keys.insert(t.key);
  if (stage_change_activities) keys.insert(kStageChangedType);
  return {keys.begin(), keys.end()};
}

bool Plan::is_email(const TypeKey& key) const { return contains(email_types, key); }
bool Plan::is_phone_call(const TypeKey& key) const { return contains(phone_call_types, key); }

sdk::Result<Plan> make_plan(const CopperConfig& config, std::string_view activity_types_body,
                            std::string_view pipeline_stages_body) {
  auto types = parse_activity_types(activity_types_body);
  if (!types) return types.status();
  auto stages = parse_pipeline_stages(pipeline_stages_body);
  if (!stages) return stages.status();

  Plan plan;
  auto email = resolve_activity_types(config.email_types, *types, "email_activity_types");
  if (!email) return email.status();
  auto phone = resolve_activity_types(config.phone_call_types, *types, "phone_call_activity_types");
  if (!phone) return phone.status();
  plan.email_types = std::move(*email);
  plan.phone_call_types = std::move(*phone);

  static constexpr const char* kLeadKeys[] = {"lead_stage_a", "lead_stage_b", "lead_stage_c"};
  for (std::size_t i = 0; i < 3; ++i) {
    auto ids = resolve_stages(config.lead_stages[i], *stages, config.pipeline_ids, kLeadKeys[i]);
    if (!ids) return ids.status();
    plan.lead_stages[i] = std::move(*ids);
  }
  auto won = resolve_stages(config.closed_won_stages, *stages, config.pipeline_ids,
                            "closed_won_stages");
  if (!won) return won.status();
  plan.won_stages = std::move(*won);
  plan.stages = std::move(*stages);

  const bool by_activities = config.lead_source == LeadSource::kStageChangeActivities;
  const bool won_by_stage = config.won_date == WonDate::kStageChanged;
  plan.stage_change_activities =
      (by_activities && config.has_lead_stages()) || (won_by_stage && !plan.won_stages.empty());
  plan.opportunities_by_stage_change = won_by_stage || (!by_activities && config.has_lead_stages());
  plan.opportunities_by_close_date = !won_by_stage;
  return plan;
}

}  // namespace tributary::copper
