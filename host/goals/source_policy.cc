#include <utility>

#include "host/goals/goal_updater.h"

namespace tributary::host {

namespace {

using Defaults = std::vector<std::pair<std::string_view, std::vector<std::string>>>;

// One preferred source per metric type because vendors overlap: JustCall calls are usually also
// logged as Copper activities, Fishbowl sales also appear as Copper opportunities.
const Defaults& defaults() {
  static const Defaults kDefaults{
      {"phone_call_quantity", {"justcall", "copper"}},
      {"talk_time_minutes", {"justcall", "copper"}},
      {"new_sales_wholesale", {"fishbowl", "copper"}},
      {"new_sales_distribution", {"fishbowl", "copper"}},
      {"email_quantity", {"copper", "hubspot", "salesforce"}},
      {"lead_progression_a", {"copper", "hubspot", "salesforce"}},
      {"lead_progression_b", {"copper", "hubspot", "salesforce"}},
      {"lead_progression_c", {"copper", "hubspot", "salesforce"}},
  };
  return kDefaults;
}

}  // namespace

SourcePolicy source_policy_for(const HostSettings& host, std::string_view metric_type) {
  if (auto it = host.source_policy.find(std::string(metric_type)); it != host.source_policy.end())
    return it->second;
  SourcePolicy policy;
  for (const auto& [type, prefer] : defaults()) {
    if (type != metric_type) continue;
    policy.mode = "prefer";
    policy.sources = prefer;
    return policy;
  }
  policy.mode = "sum";  // an empty source list sums every source
  return policy;
}

}  // namespace tributary::host
