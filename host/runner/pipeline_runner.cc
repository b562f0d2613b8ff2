#include "host/runner/pipeline_runner.h"

#include <boost/json/serialize.hpp>
#include <chrono>

#include "host/core/did_you_mean.h"
#include "host/core/logging.h"
#include "host/goals/goal_updater.h"
#include "host/runner/exit_codes.h"
#include "host/runner/prepared_pipeline.h"
#include "host/runner/progress.h"
#include "host/runner/run_summary.h"
#include "host/runner/unit_executor.h"
#include "host/runner/unit_pool.h"
#include "host/runner/window.h"

namespace tributary::host {

namespace {

std::int64_t unix_now(const sdk::Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

sdk::UserRef user_ref(const UserConfig& u, const std::string& plugin) {
  sdk::UserRef r{u.id, u.email, u.name, {}};
  if (auto it = u.identities.find(plugin); it != u.identities.end()) r.identity = it->second;
  return r;
}

// The run's users: the option's one user, the pipeline's list, or every active user.
sdk::Result<std::vector<const UserConfig*>> select_users(const Config& config,
                                                         const PipelineConfig& pipeline,
                                                         const RunOptions& options) {
  std::vector<const UserConfig*> users;
  if (pipeline.users.empty()) {
    for (const auto& u : config.users)
      if (u.active) users.push_back(&u);
  } else {
    for (const auto& id : pipeline.users)
      if (const auto* u = config.find_user(id)) users.push_back(u);
  }
  if (options.user) {
    std::vector<std::string> ids;
    for (const auto* u : users) ids.push_back(u->id);
    for (const auto* u : users)
      if (u->id == *options.user) return std::vector<const UserConfig*>{u};
    return sdk::Status::config("user '" + *options.user + "' is not one of pipeline '" +
                               pipeline.name + "' users" + did_you_mean(*options.user, ids));
  }
  return users;
}

sdk::Result<sdk::Window> run_window(const PipelineConfig& pipeline, const RunOptions& options,
                                    const Config& config, const sdk::Clock& clock) {
  const auto& tz = config.host.org.timezone;
  if (options.from || options.to) {
    if (!options.from || !options.to)
      return sdk::Status::config("--from and --to go together");
    return window_between(*options.from, *options.to, tz);
  }
  return window_last_days(options.days.value_or(pipeline.window.days), clock.now(), tz);
}

}  // namespace

RunReport run_pipeline(HostContext& host, const RunOptions& options) {
  RunReport report;
  const auto* pipeline = host.config.find_pipeline(options.pipeline);
  if (!pipeline) {
    std::vector<std::string> names;
    for (const auto& p : host.config.pipelines) names.push_back(p.name);
    report.exit_code = kExitConfig;
    report.status = "config_error";
    report.error = "unknown pipeline '" + options.pipeline + "'" + did_you_mean(options.pipeline, names);
    return report;
  }
  auto prepared = prepare_pipeline(*pipeline, *host.plugins);
  auto users = select_users(host.config, *pipeline, options);
  auto window = run_window(*pipeline, options, host.config, *host.clock);
  if (!prepared.errors.empty() || !users || !window) {
    report.exit_code = kExitConfig;
    report.status = "config_error";
    report.config_errors = prepared.errors;
    if (!users) report.error = users.status().message();
    else if (!window) report.error = window.status().message();
    return report;
  }
  for (const auto& pc : prepared.connectors)
    for (const auto& s : pc.secrets) host.redactor.add(s);

  auto started = std::chrono::steady_clock::now();
  RunOutcome outcome;
  outcome.pipeline = pipeline->name;
  outcome.trigger = options.trigger;
  outcome.window = *window;
  outcome.timezone = host.config.host.org.timezone;
  outcome.dry_run = options.dry_run;
  for (const auto* u : *users) outcome.users.push_back(user_ref(*u, ""));
  if (!options.dry_run)
    outcome.run_id = options.run_id != 0 ? options.run_id
                                         : host.store->begin_run(pipeline->name, options.trigger,
                                                                 unix_now(*host.clock));
  log_info("run #" + std::to_string(outcome.run_id) + " of " + pipeline->name + ": window " +
           window->start_date + ".." + window->end_date + " (" + outcome.timezone + "), " +
           std::to_string(users->size()) + " users");

  std::map<std::string, std::unique_ptr<HttpStats>> stats;
  std::vector<UnitSpec> specs;
  for (const auto& pc : prepared.connectors) {
    const auto& cc = *pc.config;
    auto& st = stats[cc.name];
    st = std::make_unique<HttpStats>();
    outcome.http_stats[cc.name] = st.get();
    auto budget = host.budgets->get(cc.plugin, pc.account,
                                   cc.rate_budget.value_or(pc.declaration->default_rate_budget));
    UnitSpec base;
    base.pipeline = pipeline->name;
    base.connector_name = cc.name;
    base.plugin_name = cc.plugin;
    base.plugin = pc.plugin;
    base.declaration = pc.declaration;
    base.config = pc.validated;
    base.http = cc.http;
    base.window = *window;
    base.org = host.config.host.org;
    base.budget = budget;
    base.stats = st.get();
    base.account_scope = cc.plugin + "/" + pc.account;
    base.dry_run = options.dry_run;
    base.stop = &host.stop_requested;
    if (pc.declaration->scope == sdk::FetchScope::kPerUser) {
      for (const auto* u : *users) {
        UnitSpec s = base;
        s.users = {user_ref(*u, cc.plugin)};
        specs.push_back(std::move(s));
      }
    } else {
      for (const auto* u : *users) base.users.push_back(user_ref(*u, cc.plugin));
      specs.push_back(std::move(base));
    }
  }

  if (options.progress) {
    std::vector<const HttpStats*> watched;
    for (const auto& [name, st] : stats) watched.push_back(st.get());
    options.progress->start(pipeline->name, static_cast<int>(specs.size()), std::move(watched));
  }
  auto execute = [&host](const UnitSpec& spec) {
    return execute_unit(spec, *host.store, *host.clock, host.redactor);
  };
  outcome.units = run_unit_pool(specs, options.concurrency.value_or(pipeline->concurrency), execute,
                                *host.clock, options.progress);
  if (options.progress) options.progress->finish_units();

  if (pipeline->update_goals && !options.dry_run) {
    if (options.progress) options.progress->set_phase("goals");
    try {
      outcome.goals_updated = update_goals(*host.store, host.config, host.clock->now());
      for (const auto& g : host.store->goals(std::nullopt)) outcome.goals_by_user[g.user_id]++;
    } catch (const std::exception& e) {
      outcome.goals_error = e.what();
    }
  }
  outcome.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();

  report.summary = build_summary(outcome, report.status);
  report.run_id = outcome.run_id;
  if (!options.dry_run && options.finish_row)
    host.store->finish_run(outcome.run_id, report.status, unix_now(*host.clock),
                           boost::json::serialize(report.summary));
  report.exit_code = report.status == "success" ? kExitOk
                     : report.status == "partial" ? kExitPartial
                                                  : kExitFailed;
  return report;
}

}  // namespace tributary::host
