#pragma once
// What a running host owns: the loaded config, the store, the plugin registry, the shared rate
// budgets, the redactor and the clock. One per process; passed down, never global.

#include <atomic>
#include <memory>

#include "host/config/model.h"
#include "host/core/redactor.h"
#include "host/http/rate_budget.h"
#include "host/plugin/registry.h"
#include "host/store/store.h"
#include "tributary/sdk/services.h"

namespace tributary::host {

struct HostContext {
  Config config;
  StorePtr store;
  std::unique_ptr<PluginRegistry> plugins;
  // Shared with the generations a reload builds (serve), so a budget outlives a config reload.
  std::shared_ptr<RateBudgetRegistry> budgets = std::make_shared<RateBudgetRegistry>();
  Redactor redactor;
  const sdk::Clock* clock = nullptr;
  // Set by a signal handler (SIGTERM/SIGINT): units not yet started are not started, running
  // connectors see HostServices::stop_requested() and wind down.
  std::atomic<bool> stop_requested{false};
};

}  // namespace tributary::host
