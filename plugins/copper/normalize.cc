// normalize: pure. Rebuilds the plan from the recorded activity types and stages, takes the user
// resolution fetch made, and turns the deduplicated activities and opportunities into metrics
// per our user and organisation-local day. Every resolved user is covered, so a day that lost
// its activity disappears from the store; an unresolved user is noted and left untouched.
#include <boost/json.hpp>

#include "plugins/copper/copper_connector.h"
#include "plugins/copper/metrics.h"
#include "plugins/copper/text.h"
#include "plugins/copper/user_directory.h"
#include "tributary/sdk/guarded.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

sdk::Result<std::string> single_page(const sdk::FetchResult& fetched, std::string_view stream) {
  for (const auto& page : fetched.pages) {
    if (page.stream == stream) return page.body;
  }
  return sdk::Status::internal("copper normalize: the fetch result has no '" + std::string(stream) +
                               "' page");
}

MetricInputs inputs_for(const CopperConfig& config, const Plan& plan,
                        const std::vector<Activity>& activities,
                        const std::map<std::int64_t, Opportunity>& opportunities,
                        const UserResolution& users, const std::vector<sdk::UserRef>& refs) {
  MetricInputs in{config, plan, activities, opportunities, {}, {}};
  for (const auto& u : users.resolved) {
    in.user_by_copper_id[u.copper_id] = u.user_id;
    if (!u.copper_email.empty()) in.user_by_email[u.copper_email] = u.user_id;
    for (const auto& ref : refs) {
      if (ref.id == u.user_id && !ref.email.empty()) in.user_by_email[lower(trim(ref.email))] = u.user_id;
    }
  }
  return in;
}

sdk::Result<sdk::NormalizeOutput> run_normalize(const sdk::NormalizeContext& ctx,
                                                const sdk::FetchResult& fetched) {
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  auto types_body = single_page(fetched, "activity_types");
  if (!types_body) return types_body.status();
  auto stages_body = single_page(fetched, "pipeline_stages");
  if (!stages_body) return stages_body.status();
  auto plan = make_plan(*config, *types_body, *stages_body);
  if (!plan) return plan.status();
  auto users = resolution_from_context(ctx.users, fetched.context);
  if (!users) return users.status();

  sdk::NormalizeOutput out;
  for (const auto& u : users->resolved) out.covered_users.push_back(u.user_id);
  out.notes = users->notes;
  Counters counters;
  counters["users_covered"] = static_cast<std::int64_t>(users->resolved.size());
  counters["users_not_synced"] = static_cast<std::int64_t>(users->notes.size());

  ActivityCounts received;
  auto activities = collect_activities(fetched.pages, received, config->talk_time_field);
  if (!activities) return activities.status();
  auto opportunities = collect_opportunities(fetched.pages);
  if (!opportunities) return opportunities.status();

  auto in = inputs_for(*config, *plan, *activities, *opportunities, *users, ctx.users);
  MetricTally tally(ctx.org.timezone, ctx.window);
  auto changes = collect_stage_changes(in, tally, counters);
  if (!changes) return changes.status();
  if (auto s = count_activities(in, tally, counters); !s) return s;
  if (auto s = count_lead_progression(in, *changes, tally, counters); !s) return s;
  if (auto s = count_won_sales(in, *changes, tally, counters); !s) return s;
  out.metrics = tally.records();

  counters["activities_received"] = received.received;
  counters["activities_duplicated"] = received.duplicates;
  counters["activities_deleted"] = received.deleted_stubs;
  counters["opportunities"] = static_cast<std::int64_t>(opportunities->size());
  for (const auto& [name, value] : counters) out.summary[name] = value;
  return out;
}

}  // namespace

sdk::Result<sdk::NormalizeOutput> CopperConnector::normalize(
    const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) const noexcept {
  return sdk::guarded<sdk::NormalizeOutput>("Copper", "normalize",
                                            [&] { return run_normalize(ctx, fetched); });
}

}  // namespace tributary::copper
