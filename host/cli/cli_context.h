#pragma once
// What every command shares: global options, and opening the host (config, store, plugins).

#include <memory>
#include <optional>
#include <string>

#include "host/core/system_clock.h"
#include "host/runner/host_context.h"

namespace CLI {
class App;
}

namespace tributary::host {

struct CliState {
  std::string config_dir;  // --config, $TRIBUTARY_CONFIG, or ./config
  std::string now;         // --now: pretend it is this instant (ISO-8601), for reproducible runs
  int exit_code = 0;
  SystemClock system_clock;
  std::unique_ptr<FixedClock> fixed_clock;

  const sdk::Clock& clock();
};

// Loads the config and opens what `needs_store` asks for. On configuration errors prints every
// error (file:line:column: message) to stderr, sets exit_code to kExitConfig and returns null.
std::unique_ptr<HostContext> open_host(CliState& state, bool needs_store);

void add_run_command(CLI::App& app, CliState& state);
void add_validate_command(CLI::App& app, CliState& state);
void add_plugins_command(CLI::App& app, CliState& state);
void add_goals_command(CLI::App& app, CliState& state);
void add_check_command(CLI::App& app, CliState& state);
void add_report_command(CLI::App& app, CliState& state);
void add_serve_command(CLI::App& app, CliState& state);
void add_schedule_command(CLI::App& app, CliState& state);
void add_runs_command(CLI::App& app, CliState& state);
void add_leads_command(CLI::App& app, CliState& state);
void add_new_plugin_command(CLI::App& app, CliState& state);

}  // namespace tributary::host
