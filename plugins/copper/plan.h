#pragma once
// What the config means for this account, once its activity types and pipeline stages are
// known: the exact type keys to search and count, and the stage ids of each lead letter and of
// "won". Fetch builds it to shape its searches; normalize rebuilds it from the recorded pages.

#include <array>
#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

#include "plugins/copper/activity_types.h"
#include "plugins/copper/config.h"
#include "plugins/copper/pipeline_stages.h"

namespace tributary::copper {

struct Plan {
  std::vector<ActivityType> email_types;
  std::vector<ActivityType> phone_call_types;
  std::vector<Stage> stages;
  std::array<std::set<std::int64_t>, 3> lead_stages;  // A, B, C
  std::set<std::int64_t> won_stages;

  // Fetch "Pipeline Stage Changed" activities (lead transitions, or entries into a won stage).
  bool stage_change_activities = false;
  // Fetch opportunities whose stage changed in the window (date_stage_changed mode, won sales).
  bool opportunities_by_stage_change = false;
  // Fetch opportunities whose close_date is in the window (won_date: close_date).
  bool opportunities_by_close_date = false;

  // The union of the types above, for the activities search body.
  std::vector<TypeKey> search_types() const;
  bool is_email(const TypeKey& key) const;
  bool is_phone_call(const TypeKey& key) const;
};

sdk::Result<Plan> make_plan(const CopperConfig& config, std::string_view activity_types_body,
                            std::string_view pipeline_stages_body);

}  // namespace tributary::copper
