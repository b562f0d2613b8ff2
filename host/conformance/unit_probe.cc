#include "host/conformance/unit_probe.h"

#include <set>
#include <stdexcept>

#include "host/conformance/record_json.h"
#include "host/runner/buffering_emitter.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

json::object fetched_json(const sdk::FetchResult& fetched) {
  json::object streams;
  json::array meta;
  for (const auto& page : fetched.pages) {
    auto& n = streams[page.stream];
    n = n.is_int64() ? n.as_int64() + 1 : 1;
    meta.push_back(page.meta);
  }
  return {{"pages", fetched.pages.size()},
          {"streams", std::move(streams)},
          {"context", fetched.context},
          {"meta", std::move(meta)}};
}

json::object emitted_json(const BufferingEmitter& e) {
  sdk::NormalizeOutput out;
  out.metrics = e.metrics;
  out.leads = e.leads;
  out.covered_users = e.covered;
  out.state = e.new_state;
  out.notes = e.notes;
  out.summary = e.summary_fields;
  return output_json(out);
}

std::string user_label(const std::vector<sdk::UserRef>& users) {
  if (users.size() == 1) return "user " + users.front().id;
  return std::to_string(users.size()) + " users";
}

}  // namespace

sdk::FetchContext unit_context(const ProbeSetup& setup, const json::object& config,
                               std::vector<sdk::UserRef> users, sdk::HostServices& services) {
  sdk::FetchContext ctx;
  ctx.config = config;
  ctx.window = setup.window;
  ctx.org = setup.org;
  ctx.users = std::move(users);
  ctx.host = &services;
  return ctx;
}

LoadedPluginPtr load_for_probe(const ProbeSetup& setup) {
  auto loaded = load_plugin(setup.library_path);
  if (!loaded) throw std::runtime_error(loaded.status().message());
  return *loaded;
}

UnitRun run_unit(ProbeHost& host, const UnitInput& input, ChildChannel& channel) {
  const auto& setup = host.setup;
  UnitRun run;
  std::string where = " (" + input.label + ", " + user_label(input.users) + ")";
  ProbeServices services(setup.http, setup.now, input.state, host.cache, host.credentials);
  auto ctx = unit_context(setup, input.config ? *input.config : setup.good_config, input.users, services);

  channel.step("create" + where);
  auto created = host.plugin->create();
  auto finish = [&](sdk::Status status, const char* at) {
    run.status = std::move(status);
    if (!run.status) run.failed_at = at;
    run.logs = services.logs();
    return run;
  };
  if (!created) return finish(created.status(), "create");
  auto& connector = **created;

  channel.step("fetch" + where);
  auto fetched = connector.fetch(ctx);
  if (!fetched) return finish(fetched.status(), "fetch");
  run.fetched = fetched_json(*fetched);

  channel.step("normalize" + where);
  auto normalized = connector.normalize(ctx, *fetched);
  if (!normalized) return finish(normalized.status(), "normalize");

  channel.step("emit" + where);
  std::set<std::string> ids;
  for (const auto& u : input.users) ids.insert(u.id);
  BufferingEmitter emitter(setup.declaration, setup.window, ids);
  auto emitted = connector.emit(*normalized, emitter);
  run.output = emitted_json(emitter);
  return finish(emitted, "emit");
}

json::object unit_run_json(const UnitRun& run) {
  json::array logs;
  for (const auto& line : run.logs)
    logs.push_back({{"level", std::string(level_name(line.level))}, {"message", line.message}});
  return {{"status", status_json(run.status)},
          {"failed_at", run.failed_at},
          {"fetched", run.fetched},
          {"output", run.output},
          {"logs", std::move(logs)}};
}

std::vector<UnitRun> run_read(ProbeHost& host, const sdk::StateMap& state, const std::string& label,
                              ChildChannel& channel) {
  std::vector<UnitRun> runs;
  for (auto& users : unit_users(host.setup)) {
    UnitInput input;
    input.users = std::move(users);
    input.state = state;
    input.label = label;
    runs.push_back(run_unit(host, input, channel));
    if (!runs.back().status) break;
  }
  return runs;
}

}  // namespace tributary::host::conformance
