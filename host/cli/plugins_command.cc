// tributary plugins list [--json] | plugins describe NAME [--json]
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/runner/exit_codes.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

void list_plugins(CliState& state, bool as_json) {
  auto host = open_host(state, false);
  if (!host) return;
  const auto& plugins = *host->plugins;
  if (as_json) {
    json::array arr;
    for (const auto& m : plugins.manifests()) {
      arr.push_back({{"name", m.name}, {"version", m.version}, {"scope", m.scope},
                     {"description", m.description}, {"abi", std::to_string(m.abi_major) + "." + std::to_string(m.abi_minor)},
                     {"metric_types", json::value_from(m.metric_types)},
                     {"record_kinds", json::value_from(m.record_kinds)}, {"library", m.library_path}});
    }
    std::cout << json::serialize(arr) << std::endl;
    return;
  }
  if (plugins.manifests().empty()) {
    std::cout << "no plugins found in:";
    for (const auto& d : plugins.dirs()) std::cout << " " << d;
    std::cout << "\n";
    return;
  }
  std::printf("%-14s %-9s %-12s %-6s %s\n", "NAME", "VERSION", "SCOPE", "ABI", "PRODUCES");
  for (const auto& m : plugins.manifests()) {
    auto produces = join(m.metric_types);
    if (produces.empty()) produces = join(m.record_kinds);
    std::printf("%-14s %-9s %-12s %-6s %s\n", m.name.c_str(), m.version.c_str(), m.scope.c_str(),
                (std::to_string(m.abi_major) + "." + std::to_string(m.abi_minor)).c_str(),
                produces.c_str());
  }
}

json::object declaration_json(const sdk::Declaration& d) {
  json::array keys;
  for (const auto& k : d.config) {
    json::object o{{"name", k.name}, {"type", std::string(sdk::to_string(k.type))},
                   {"required", k.required}, {"secret", k.secret}, {"description", k.description}};
    if (k.default_value) o["default"] = *k.default_value;
    if (!k.allowed_values.empty()) o["allowed"] = json::value_from(k.allowed_values);
    keys.push_back(std::move(o));
  }
  json::array kinds;
  for (auto k : d.record_kinds) kinds.push_back(json::string(sdk::to_string(k)));
  return {{"name", d.name}, {"version", d.version}, {"description", d.description},
          {"scope", d.scope == sdk::FetchScope::kPerUser ? "per_user" : "per_account"},
          {"config", std::move(keys)}, {"record_kinds", std::move(kinds)},
          {"metric_types", json::value_from(d.metric_types)},
          {"identity_keys", json::value_from(d.identity_keys)},
          {"rate_budget", {{"requests", d.default_rate_budget.requests},
                           {"per_seconds", d.default_rate_budget.per_seconds}}}};
}

void describe_plugin(CliState& state, const std::string& name, bool as_json) {
  auto host = open_host(state, false);
  if (!host) return;
  auto loaded = host->plugins->load(name);
  if (!loaded) {
    std::cerr << "tributary plugins describe: " << loaded.status().message() << "\n";
    state.exit_code = kExitConfig;
    return;
  }
  auto connector = (*loaded)->create();
  if (!connector) {
    std::cerr << connector.status().message() << "\n";
    state.exit_code = kExitFailed;
    return;
  }
  auto d = declaration_json((*connector)->declaration());
  const auto& info = (*loaded)->info();
  d["library"] = (*loaded)->path();
  d["sdk_version"] = info.sdk_version;
  d["toolchain"] = std::string(info.compiler) + ", " + info.stdlib + ", boost " + info.boost_version;
  if (as_json) {
    std::cout << json::serialize(d) << std::endl;
    return;
  }
  const auto& decl = (*connector)->declaration();
  std::cout << decl.name << " " << decl.version << ": " << decl.description << "\n"
            << "  library:      " << (*loaded)->path() << "\n"
            << "  built with:   SDK " << info.sdk_version << ", " << d["toolchain"].as_string().c_str() << "\n"
            << "  scope:        " << d["scope"].as_string().c_str() << "\n"
            << "  produces:     " << join(decl.metric_types) << "\n"
            << "  rate budget:  " << decl.default_rate_budget.requests << " requests per "
            << decl.default_rate_budget.per_seconds << " s per account (override: rate_budget)\n";
  if (!decl.identity_keys.empty())
    std::cout << "  identities:   users.yaml identities." << decl.name << ".{" << join(decl.identity_keys) << "}\n";
  std::cout << "  config keys:\n";
  for (const auto& k : decl.config) {
    std::string def = k.default_value ? json::serialize(*k.default_value) : "";
    std::cout << "    " << k.name << " (" << sdk::to_string(k.type)
              << (k.required ? ", required" : "") << (k.secret ? ", secret" : "")
              << (def.empty() ? "" : ", default " + def) << ")"
              << (k.allowed_values.empty() ? "" : " one of: " + join(k.allowed_values)) << "\n"
              << "        " << k.description << "\n";
  }
}

}  // namespace

void add_plugins_command(CLI::App& app, CliState& state) {
  auto* cmd = app.add_subcommand("plugins", "Plugins found in the plugin directories");
  cmd->require_subcommand(1);
  auto list_json = std::make_shared<bool>(false);
  auto* list = cmd->add_subcommand("list", "List plugins (reads manifests; loads no code)");
  list->add_flag("--json", *list_json, "JSON output");
  list->callback([&state, list_json] { list_plugins(state, *list_json); });

  auto name = std::make_shared<std::string>();
  auto describe_json = std::make_shared<bool>(false);
  auto* describe = cmd->add_subcommand("describe", "Show what a plugin declares: config keys, outputs, budget");
  describe->add_option("name", *name, "Plugin name")->required();
  describe->add_flag("--json", *describe_json, "JSON output");
  describe->callback([&state, name, describe_json] { describe_plugin(state, *name, *describe_json); });
}

}  // namespace tributary::host
