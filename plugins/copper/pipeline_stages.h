#pragma once
// Copper pipeline stages: reading GET /pipeline_stages (or /pipelines with nested stages),
// resolving the config's stage specs (ids or names) to stage ids, and reading the stage a
// "Pipeline Stage Changed" activity moved an opportunity into.

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tributary/sdk/status.h"

namespace tributary::copper {

struct Stage {
  std::int64_t id = 0;
  std::string name;
  std::int64_t pipeline_id = 0;
};

sdk::Result<std::vector<Stage>> parse_pipeline_stages(std::string_view body);

// Ids must exist in the account; a name matches every stage of that name (case-insensitive) in
// `pipeline_ids` (all pipelines when empty) and must match at least one.
sdk::Result<std::set<std::int64_t>> resolve_stages(const std::vector<std::string>& specs,
                                                   const std::vector<Stage>& stages,
                                                   const std::vector<std::int64_t>& pipeline_ids,
                                                   std::string_view config_key);

std::string describe_stages(const std::vector<Stage>& stages);

// The stage named by an activity's new_value/old_value. Copper does not document its shape, so
// a number, a numeric string, a name, or an object with id/name (or pipeline_stage_id,
// stage_id, stage_name, value) are all read. Null when the value names no stage.
struct StageRef {
  std::optional<std::int64_t> id;
  std::string name;
};
std::optional<StageRef> stage_ref(const boost::json::value* value);

// Stage ids a reference can mean: its id, or the stages of that name (in `pipeline_id` when
// known).
std::vector<std::int64_t> candidate_stage_ids(const StageRef& ref, const std::vector<Stage>& stages,
                                              std::optional<std::int64_t> pipeline_id);

}  // namespace tributary::copper
