// The connector's declaration and check; fetch and normalize have their own files.
#include "plugins/copper/copper_connector.h"

#include <boost/json.hpp>

#include "plugins/copper/config.h"
#include "plugins/copper/copper_api.h"
#include "plugins/copper/plan.h"
#include "tributary/sdk/guarded.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

json::array stage_ids_json(const std::set<std::int64_t>& ids) {
  json::array out;
  for (auto id : ids) out.push_back(id);
  return out;
}

json::array stages_json(const std::vector<Stage>& stages) {
  json::array out;
  for (const auto& s : stages) {
    out.push_back({{"id", s.id}, {"name", s.name}, {"pipeline_id", s.pipeline_id}});
  }
  return out;
}

sdk::Result<sdk::CheckReport> run_check(const sdk::FetchContext& ctx) {
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  if (!ctx.host) return sdk::Status::internal("copper check: no host services");
  CopperApi api(*config, ctx.host->http());
  auto types_body = api.get("/activity_types");
  if (!types_body) return types_body.status();
  auto stages_body = api.get("/pipeline_stages");
  if (!stages_body) return stages_body.status();
  auto types = parse_activity_types(*types_body);
  if (!types) return types.status();
  // The account's own lists go out first, so they show even when the config does not fit them.
  sdk::CheckReport report;
  report.facts["activity_types"] = types_to_json(*types);
  auto stages = parse_pipeline_stages(*stages_body);
  if (stages) report.facts["pipeline_stages"] = stages_json(*stages);
  auto plan = make_plan(*config, *types_body, *stages_body);
  if (!plan) return plan.status();
  report.facts["email_activity_types"] = types_to_json(plan->email_types);
  report.facts["phone_call_activity_types"] = types_to_json(plan->phone_call_types);
  report.facts["lead_stages"] = {{"a", stage_ids_json(plan->lead_stages[0])},
                                 {"b", stage_ids_json(plan->lead_stages[1])},
                                 {"c", stage_ids_json(plan->lead_stages[2])}};
  report.facts["closed_won_stages"] = stage_ids_json(plan->won_stages);
  return report;
}

}  // namespace

const sdk::Declaration& CopperConnector::declaration() const noexcept { return copper::declaration(); }

sdk::Result<sdk::CheckReport> CopperConnector::check(const sdk::FetchContext& ctx) noexcept {
  return sdk::guarded<sdk::CheckReport>("Copper", "check", [&] { return run_check(ctx); });
}

}  // namespace tributary::copper
