#include "host/cli/cli_context.h"

#include <filesystem>
#include <iostream>

#include "host/config/loader.h"
#include "host/core/logging.h"
#include "host/http/http_client.h"
#include "host/runner/exit_codes.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

const sdk::Clock& CliState::clock() {
  if (!now.empty() && !fixed_clock) {
    auto t = sdk::parse_iso8601(now);
    if (!t) throw std::invalid_argument("--now '" + now + "' is not an ISO-8601 instant");
    fixed_clock = std::make_unique<FixedClock>(
        std::chrono::system_clock::time_point{std::chrono::seconds{*t}});
  }
  if (fixed_clock) return *fixed_clock;
  return system_clock;
}

std::unique_ptr<HostContext> open_host(CliState& state, bool needs_store) {
  auto loaded = load_config(state.config_dir);
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    std::cerr << loaded.errors.size() << " configuration error(s) in " << state.config_dir << "\n";
    state.exit_code = kExitConfig;
    return nullptr;
  }
  auto host = std::make_unique<HostContext>();
  host->config = std::move(*loaded.config);
  configure_logging(host->config.host.log_format, host->config.host.log_level);
  host->clock = &state.clock();
  host->plugins = std::make_unique<PluginRegistry>(plugin_search_path(host->config.host.plugin_dirs));
  for (const auto& e : host->plugins->scan_errors()) log_warn("plugin manifest skipped: " + e);
  if (needs_store) {
    init_curl_globally();
    try {
      if (host->config.host.store.driver == "sqlite")
        std::filesystem::create_directories(
            std::filesystem::path(host->config.host.store.path).parent_path());
      host->store = open_store(host->config.host.store);
      auto now = std::chrono::duration_cast<std::chrono::seconds>(
                     host->clock->now().time_since_epoch()).count();
      host->store->sync_users(host->config.users, now);
    } catch (const std::exception& e) {
      std::cerr << "cannot open the store: " << e.what() << "\n";
      state.exit_code = kExitFailed;
      return nullptr;
    }
  }
  return host;
}

}  // namespace tributary::host
