// secrets: no secret value (a secret config key's value, a credential the connector sent, a
// token it rotated) appears in anything the connector logged, printed or returned: statuses,
// check facts, fetch context, records, notes, state, summaries. The host redacts its own logs,
// but it cannot redact a record or a summary, and a connector's log lines are checked raw here.
#include <boost/json/value_from.hpp>

#include "host/conformance/secret_scan.h"
#include "host/conformance/server_control.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

json::object check_json(ProbeHost& host, const json::object& config, ChildChannel& channel) {
  const auto& setup = host.setup;
  ProbeServices services(setup.http, setup.now, {}, host.cache, host.credentials);
  auto ctx = unit_context(setup, config, setup.users, services);
  channel.step("check() (secrets)");
  json::object out;
  auto connector = host.plugin->create();
  if (!connector) return {{"status", status_json(connector.status())}};
  auto report = (*connector)->check(ctx);
  out["status"] = status_json(report.status());
  if (report) out["facts"] = report->facts;
  json::array logs;
  for (const auto& l : services.logs()) logs.push_back(json::string(l.message));
  out["logs"] = std::move(logs);
  return out;
}

json::value secrets_probe(const ProbeSetup& setup, ChildChannel& channel) {
  ProbeHost host{setup, load_for_probe(setup), {}, {}};
  ServerControl control(setup.control_url);
  control.phase("secrets");
  json::object out;
  out["check_good"] = check_json(host, setup.good_config, channel);
  out["check_wrong"] = check_json(host, setup.bad_config, channel);
  json::array units;
  for (const auto& run : run_read(host, {}, "secrets read", channel)) units.push_back(unit_run_json(run));
  out["read"] = std::move(units);
  control.phase("secrets 401");
  control.fault("auth_401");
  UnitInput rejected{&setup.fault_config, unit_users(setup).front(), {}, "secrets, credentials rejected"};
  out["rejected"] = unit_run_json(run_unit(host, rejected, channel));
  control.fault("none");
  out["rotated"] = json::value_from(host.credentials.put_values);
  return out;
}

}  // namespace

CheckResult run_secrets(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  auto outcome = ctx.run_child([&](ChildChannel& channel) { return secrets_probe(setup, channel); });
  if (!outcome.result) return fail("the secrets probe " + outcome.failure);
  std::vector<Secret> secrets;
  for (const auto& key : setup.declaration.config) {
    auto it = setup.good_config.find(key.name);
    if (key.secret && it != setup.good_config.end() && it->value().is_string())
      secrets.push_back({std::string(it->value().as_string()), "the value of secret config key '" + key.name + "'"});
  }
  for (auto& s : wire_credentials(ctx.server().served(), "secrets")) secrets.push_back(std::move(s));
  auto& result = outcome.result->as_object();
  for (const auto& rotated : result.at("rotated").as_array())
    secrets.push_back({std::string(rotated.as_string()), "a token it handed to credentials().put()"});
  result.erase("rotated");
  if (secrets.empty()) return pass("the connector has no secret config keys and sent no credentials");

  auto hits = find_secrets(*outcome.result, secrets);
  auto printed = find_secrets_in_text(outcome.output, secrets, "what the connector printed to stdout/stderr,");
  hits.insert(hits.end(), printed.begin(), printed.end());
  if (!hits.empty()) {
    std::vector<std::string> details;
    for (std::size_t i = 1; i < hits.size(); ++i)
      details.push_back(hits[i].origin + " appears in " + hits[i].where + ": \"" + hits[i].excerpt + "\"");
    return fail(hits.front().origin + " appears in " + hits.front().where + ": \"" + hits.front().excerpt +
                    "\"; never log or return credentials (the host redacts its own logs only)",
                std::move(details));
  }
  return pass(std::to_string(secrets.size()) + " secret value(s) absent from every log line, status, "
              "fact, record, note, state and summary of check, a full read and a rejected read");
}

}  // namespace tributary::host::conformance
