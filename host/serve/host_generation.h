#pragma once
// One generation of configuration: the loaded config checked as `tributary validate` checks it,
// in a HostContext of its own that shares the one open store. A reload builds a new generation
// and swaps it in whole; runs in flight keep the generation they started with.

#include <memory>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "host/runner/host_context.h"
#include "host/serve/pipeline_schedule.h"

namespace tributary::host {

struct Generation {
  std::shared_ptr<HostContext> host;       // null when errors is not empty
  std::vector<PipelineSchedule> schedules;
  std::vector<std::string> errors;         // "file:line:column: message", or "pipeline 'x': ..."
};

// Checks every pipeline's plugins and connector configs and compiles its schedule.
Generation build_generation(Config config, std::shared_ptr<Store> store, const sdk::Clock& clock);

// load_config + build_generation.
Generation load_generation(const std::string& config_dir, std::shared_ptr<Store> store,
                           const sdk::Clock& clock);

}  // namespace tributary::host
