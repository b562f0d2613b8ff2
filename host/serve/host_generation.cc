#include "host/serve/host_generation.h"

#include "host/config/loader.h"
#include "host/core/logging.h"
#include "host/runner/prepared_pipeline.h"
#include "host/serve/store_view.h"

namespace tributary::host {

Generation build_generation(Config config, std::shared_ptr<Store> store,
                            const sdk::Clock& clock) {
  Generation g;
  auto host = std::make_shared<HostContext>();
  host->config = std::move(config);
  host->clock = &clock;
  host->plugins =
      std::make_unique<PluginRegistry>(plugin_search_path(host->config.host.plugin_dirs));
  for (const auto& e : host->plugins->scan_errors()) log_warn("plugin manifest skipped: " + e);
  for (const auto& p : host->config.pipelines) {
    for (const auto& e : prepare_pipeline(p, *host->plugins).errors)
      g.errors.push_back(e.to_string());
  }
  auto compiled = compile_schedules(host->config);
  for (auto& e : compiled.errors) g.errors.push_back(std::move(e));
  if (!g.errors.empty()) return g;
  host->store = std::make_unique<StoreView>(std::move(store));
  g.schedules = std::move(compiled.schedules);
  g.host = std::move(host);
  return g;
}

Generation load_generation(const std::string& config_dir, std::shared_ptr<Store> store,
                           const sdk::Clock& clock) {
  auto loaded = load_config(config_dir);
  if (!loaded.errors.empty()) {
    Generation g;
    for (const auto& e : loaded.errors) g.errors.push_back(e.to_string());
    return g;
  }
  return build_generation(std::move(*loaded.config), std::move(store), clock);
}

}  // namespace tributary::host
