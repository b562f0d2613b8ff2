// tributary check PIPELINE [--connector NAME] [--json]: asks each connector to verify its config
// and credentials against the vendor (no data is fetched or written) and prints what it found —
// e.g. Copper's activity type ids for this account.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/core/did_you_mean.h"
#include "host/runner/exit_codes.h"
#include "host/runner/prepared_pipeline.h"
#include "host/runner/unit_services.h"
#include "host/runner/window.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

std::vector<sdk::UserRef> active_users(const Config& config, const std::string& plugin) {
  std::vector<sdk::UserRef> out;
  for (const auto& u : config.users) {
    if (!u.active) continue;
    sdk::UserRef r{u.id, u.email, u.name, {}};
    if (auto it = u.identities.find(plugin); it != u.identities.end()) r.identity = it->second;
    out.push_back(std::move(r));
  }
  return out;
}

json::object check_one(HostContext& host, const PipelineConfig& pipeline, const PreparedConnector& pc) {
  const auto& cc = *pc.config;
  sdk::FetchContext ctx;
  ctx.config = pc.validated;
  ctx.org = host.config.host.org;
  ctx.users = active_users(host.config, cc.plugin);
  if (auto w = window_last_days(1, host.clock->now(), ctx.org.timezone)) ctx.window = *w;
  UnitScopes scopes{pipeline.name + "/" + cc.name, cc.plugin + "/" + pc.account};
  auto budget = host.budgets->get(cc.plugin, pc.account,
                                 cc.rate_budget.value_or(pc.declaration->default_rate_budget));
  HttpStats stats;
  UnitServices services(*host.store, *host.clock, host.redactor, pipeline.name + "/" + cc.name + " check",
                        scopes, cc.http, budget, &stats, &host.stop_requested);
  ctx.host = &services;
  json::object out{{"connector", cc.name}, {"plugin", cc.plugin}};
  auto connector = pc.plugin->create();
  if (!connector) {
    out["ok"] = false;
    out["error"] = connector.status().to_string();
    return out;
  }
  auto report = (*connector)->check(ctx);
  out["ok"] = report.ok();
  if (report.ok()) out["facts"] = report->facts;
  else out["error"] = host.redactor.redact(report.status().to_string());
  out["requests"] = stats.requests.load();
  return out;
}

}  // namespace

void add_check_command(CLI::App& app, CliState& state) {
  auto pipeline_name = std::make_shared<std::string>();
  auto connector_name = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("check", "Verify each connector's config and credentials with its vendor");
  cmd->add_option("pipeline", *pipeline_name, "Pipeline name")->required();
  cmd->add_option("--connector", *connector_name, "Only this connector");
  cmd->add_flag("--json", *as_json, "JSON output");
  cmd->callback([&state, pipeline_name, connector_name, as_json] {
    auto host = open_host(state, /*needs_store=*/true);
    if (!host) return;
    const auto* pipeline = host->config.find_pipeline(*pipeline_name);
    if (!pipeline) {
      std::vector<std::string> names;
      for (const auto& p : host->config.pipelines) names.push_back(p.name);
      std::cerr << "tributary check: unknown pipeline '" << *pipeline_name << "'"
                << did_you_mean(*pipeline_name, names) << "\n";
      state.exit_code = kExitConfig;
      return;
    }
    auto prepared = prepare_pipeline(*pipeline, *host->plugins);
    if (!prepared.errors.empty()) {
      for (const auto& e : prepared.errors) std::cerr << e.to_string() << "\n";
      state.exit_code = kExitConfig;
      return;
    }
    for (const auto& pc : prepared.connectors)
      for (const auto& s : pc.secrets) host->redactor.add(s);
    json::array results;
    bool all_ok = true, matched = false;
    for (const auto& pc : prepared.connectors) {
      if (!connector_name->empty() && pc.config->name != *connector_name) continue;
      matched = true;
      auto r = check_one(*host, *pipeline, pc);
      all_ok = all_ok && r["ok"].as_bool();
      results.push_back(std::move(r));
    }
    if (!matched) {
      std::cerr << "tributary check: pipeline '" << *pipeline_name << "' has no connector '"
                << *connector_name << "'\n";
      state.exit_code = kExitConfig;
      return;
    }
    if (*as_json) {
      std::cout << json::serialize(results) << std::endl;
    } else {
      for (const auto& rv : results) {
        const auto& r = rv.as_object();
        std::cout << r.at("connector").as_string().c_str() << ": "
                  << (r.at("ok").as_bool() ? "ok" : "FAILED") << "\n";
        if (auto it = r.find("error"); it != r.end())
          std::cout << "  " << it->value().as_string().c_str() << "\n";
        if (auto it = r.find("facts"); it != r.end() && !it->value().as_object().empty())
          std::cout << "  " << json::serialize(it->value()) << "\n";
      }
    }
    state.exit_code = all_ok ? kExitOk : kExitFailed;
  });
}

}  // namespace tributary::host
