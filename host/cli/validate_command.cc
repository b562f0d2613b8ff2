// tributary validate: load the config, every plugin a pipeline names, and check every connector's
// config against its plugin's declaration. Exit 0 when all is well, 2 with every error otherwise.
#include <CLI/CLI.hpp>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/runner/exit_codes.h"
#include "host/runner/prepared_pipeline.h"

namespace tributary::host {

void add_validate_command(CLI::App& app, CliState& state) {
  auto* cmd = app.add_subcommand("validate", "Check the configuration and the plugins it names");
  cmd->callback([&state] {
    auto host = open_host(state, /*needs_store=*/false);
    if (!host) return;
    std::vector<ConfigError> errors;
    for (const auto& p : host->config.pipelines) {
      auto prepared = prepare_pipeline(p, *host->plugins);
      for (auto& e : prepared.errors) errors.push_back(std::move(e));
    }
    if (!errors.empty()) {
      for (const auto& e : errors) std::cerr << e.to_string() << "\n";
      std::cerr << errors.size() << " configuration error(s) in " << state.config_dir << "\n";
      state.exit_code = kExitConfig;
      return;
    }
    std::cout << "configuration in " << host->config.dir << " is valid: "
              << host->config.users.size() << " users, " << host->config.goals.size()
              << " goals, " << host->config.pipelines.size() << " pipelines";
    std::string sep = " (";
    for (const auto& p : host->config.pipelines) {
      std::cout << sep << p.name;
      sep = ", ";
    }
    std::cout << (host->config.pipelines.empty() ? "" : ")") << "\n";
  });
}

}  // namespace tributary::host
