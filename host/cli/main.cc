// tributary: the integration host's command line.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/runner/exit_codes.h"
#include "tributary/sdk/abi.h"

int main(int argc, char** argv) {
  using namespace tributary::host;
  CliState state;
  const char* env_dir = std::getenv("TRIBUTARY_CONFIG");
  state.config_dir = env_dir && *env_dir ? env_dir : "config";

  CLI::App app{"Tributary: sales activity from your vendors into one metrics store, goals kept current"};
  app.set_version_flag("--version", std::string("tributary ") + TRIBUTARY_SDK_VERSION);
  app.add_option("--config", state.config_dir, "Config directory (default $TRIBUTARY_CONFIG or ./config)");
  app.add_option("--now", state.now, "Pretend it is this ISO-8601 instant (reproducible runs)");
  app.require_subcommand(1);

  add_run_command(app, state);
  add_validate_command(app, state);
  add_plugins_command(app, state);
  add_goals_command(app, state);
  add_check_command(app, state);
  add_report_command(app, state);
  add_serve_command(app, state);
  add_schedule_command(app, state);
  add_runs_command(app, state);
  add_leads_command(app, state);
  add_new_plugin_command(app, state);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitConfig;
  } catch (const std::exception& e) {
    std::cerr << "tributary: " << e.what() << "\n";
    return kExitFailed;
  }
  return state.exit_code;
}
