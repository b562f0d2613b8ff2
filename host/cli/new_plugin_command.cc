// tributary new-plugin NAME [--dir DIR]: writes a connector project that builds outside the
// Tributary tree against the installed SDK and passes tributary-conformance as written.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/runner/exit_codes.h"
#include "host/scaffold/scaffold.h"

namespace tributary::host {

namespace {

void new_plugin(CliState& state, const std::string& name, const std::string& parent) {
  auto directory = (std::filesystem::path(parent) / name).lexically_normal().string();
  auto written = write_plugin_project(name, directory);
  if (!written) {
    std::cerr << "tributary new-plugin: " << written.message() << "\n";
    state.exit_code = kExitConfig;
    return;
  }
  std::cout << "wrote the " << name << " connector project to " << directory << "\n\n"
            << "next:\n"
            << "  cmake -S " << directory << " -B " << directory << "/build -DCMAKE_PREFIX_PATH=<tributary prefix>\n"
            << "  cmake --build " << directory << "/build\n"
            << "  cd " << directory << " && tributary-conformance build/plugins/libtributary-" << name
            << ".so --config conformance.yaml\n"
            << "then read " << directory << "/README.md: the three calls, and how to make it talk to your vendor.\n";
}

}  // namespace

void add_new_plugin_command(CLI::App& app, CliState& state) {
  auto name = std::make_shared<std::string>();
  auto dir = std::make_shared<std::string>(".");
  auto* cmd = app.add_subcommand("new-plugin", "Write a new connector plugin project (builds against the installed SDK)");
  cmd->add_option("name", *name, "Plugin name: lower-case letters, digits and '_' (e.g. acme_crm)")->required();
  cmd->add_option("--dir", *dir, "Where to create the NAME/ project directory (default: here)");
  cmd->callback([&state, name, dir] { new_plugin(state, *name, *dir); });
}

}  // namespace tributary::host
