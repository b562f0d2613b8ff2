#pragma once
// The three families of Copper metrics, each per our user and organisation-local day:
// activity counts (emails, calls, talk time), lead progression (entries into mapped stages) and
// won sales by channel. Each adds to a MetricTally and counts what it skipped in `counters`.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plugins/copper/config.h"
#include "plugins/copper/metric_tally.h"
#include "plugins/copper/plan.h"
#include "plugins/copper/vendor_records.h"

namespace tributary::copper {

using Counters = std::map<std::string, std::int64_t>;

struct MetricInputs {
  const CopperConfig& config;
  const Plan& plan;
  const std::vector<Activity>& activities;
  const std::map<std::int64_t, Opportunity>& opportunities;
  std::map<std::int64_t, std::string> user_by_copper_id;  // only covered users
  std::map<std::string, std::string> user_by_email;       // lower-cased -> our user id

  std::optional<std::string> user_of(std::optional<std::int64_t> copper_id) const;
  bool pipeline_allowed(std::optional<std::int64_t> pipeline_id) const;
  const Opportunity* opportunity(std::optional<std::int64_t> id) const;
};

// A "Pipeline Stage Changed" activity inside the window on an opportunity we may count.
struct StageChange {
  std::int64_t activity_id = 0;
  std::int64_t opportunity_id = 0;
  std::int64_t at = 0;
  std::string day;
  std::optional<std::int64_t> actor;        // the Copper user who moved it
  std::vector<std::int64_t> entered;        // stage ids new_value can mean
  std::vector<std::int64_t> left;           // stage ids old_value can mean
};

sdk::Result<std::vector<StageChange>> collect_stage_changes(const MetricInputs& in,
                                                            const MetricTally& tally,
                                                            Counters& counters);

// True when any of `ids` is in `set`.
bool any_in(const std::vector<std::int64_t>& ids, const std::set<std::int64_t>& set);

sdk::Status count_activities(const MetricInputs& in, MetricTally& tally, Counters& counters);
sdk::Status count_lead_progression(const MetricInputs& in, const std::vector<StageChange>& changes,
                                   MetricTally& tally, Counters& counters);
sdk::Status count_won_sales(const MetricInputs& in, const std::vector<StageChange>& changes,
                            MetricTally& tally, Counters& counters);

}  // namespace tributary::copper
