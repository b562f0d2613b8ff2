#include "host/runner/unit_executor.h"

#include <chrono>
#include <set>

#include "host/runner/buffering_emitter.h"
#include "host/runner/unit_services.h"

namespace tributary::host {

namespace {

std::string log_prefix(const UnitSpec& spec) {
  std::string p = spec.pipeline + "/" + spec.connector_name;
  if (spec.users.size() == 1) p += " user=" + spec.users.front().id;
  return p;
}

UnitScopes scopes_for(const UnitSpec& spec) {
  UnitScopes s;
  s.state = spec.pipeline + "/" + spec.connector_name;
  if (spec.declaration->scope == sdk::FetchScope::kPerUser && spec.users.size() == 1)
    s.state += "/" + spec.users.front().id;
  s.account = spec.account_scope;
  return s;
}

// Runs the connector's three calls; fills `result` and returns the buffered output.
sdk::Status run_connector(const UnitSpec& spec, sdk::Connector& connector, UnitServices& services,
                          BufferingEmitter& emitter, UnitResult& result) {
  sdk::FetchContext ctx;
  ctx.config = spec.config;
  ctx.window = spec.window;
  ctx.org = spec.org;
  ctx.users = spec.users;
  ctx.host = &services;

  auto fetched = connector.fetch(ctx);
  if (!fetched) return fetched.status();

  auto normalized = connector.normalize(ctx, *fetched);
  if (!normalized) return normalized.status();

  auto emitted = connector.emit(*normalized, emitter);
  if (!emitted) return emitted;
  result.summary = emitter.summary_fields;
  return sdk::Status::success();
}

}  // namespace

UnitResult execute_unit(const UnitSpec& spec, Store& store, const sdk::Clock& clock,
                        Redactor& redactor) {
  auto started = std::chrono::steady_clock::now();
  UnitResult result;
  result.connector_name = spec.connector_name;
  result.leads_only = spec.declaration && spec.declaration->metric_types.empty();
  result.plugin_name = spec.plugin_name;
  for (const auto& u : spec.users) result.user_ids.push_back(u.id);

  auto finish = [&]() {
    result.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started)
                             .count();
    return result;
  };

  if (spec.stop && spec.stop->load()) {
    result.status = sdk::Status::transient("not started: the host was asked to stop");
    return finish();
  }
  auto created = spec.plugin->create();
  if (!created) {
    result.status = created.status();
    return finish();
  }
  auto connector = *created;

  UnitServices services(store, clock, redactor, log_prefix(spec), scopes_for(spec), spec.http,
                        spec.budget, spec.stats, spec.stop);
  std::set<std::string> unit_users(result.user_ids.begin(), result.user_ids.end());
  BufferingEmitter emitter(*spec.declaration, spec.window, unit_users);

  auto status = run_connector(spec, *connector, services, emitter, result);
  if (status.kind() == sdk::FailureKind::kNotFound && spec.users.size() == 1) {
    // The user has no account at this vendor: a skip with a warning, not a failure.
    result.notes.push_back({spec.users.front().id, status});
    return finish();
  }
  if (!status) {
    result.status = sdk::Status(status.kind(), redactor.redact(status.message()), status.retry_after());
    return finish();
  }

  result.notes = emitter.notes;
  result.covered = emitter.covered;
  result.leads = static_cast<int>(emitter.leads.size());
  for (const auto& m : emitter.metrics) result.metrics_by_user[m.user_id]++;

  if (spec.dry_run ||
      (emitter.covered.empty() && emitter.new_state.empty() && emitter.leads.empty()))
    return finish();

  UnitWrite write;
  write.source = spec.plugin_name;
  write.state_scope = scopes_for(spec).state;
  write.covered_users = emitter.covered;
  write.metric_types = spec.declaration->metric_types;
  write.window_start = spec.window.start_date;
  write.window_end = spec.window.end_date;
  write.metrics = std::move(emitter.metrics);
  write.state = std::move(emitter.new_state);
  write.leads = std::move(emitter.leads);
  write.default_country = spec.org.default_country;
  write.now_unix =
      std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
  try {
    result.writes = store.commit_unit(write);
    if (!write.leads.empty()) result.summary["leads"] = result.writes.leads.to_json();
  } catch (const std::exception& e) {
    result.status = sdk::Status::internal(std::string("store commit failed, nothing written: ") + e.what());
  }
  return finish();
}

}  // namespace tributary::host
