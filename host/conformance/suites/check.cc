// check: with good credentials check() succeeds; with wrong ones it fails as auth or config,
// never as a crash or a hang (the child process and its deadline see to that).
#include "host/conformance/server_control.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

json::object check_once(ProbeHost& host, const json::object& config, const char* label,
                        ChildChannel& channel) {
  const auto& setup = host.setup;
  MemoryCache cache;
  MemoryCredentials credentials;
  ProbeServices services(setup.http, setup.now, {}, cache, credentials);
  auto ctx = unit_context(setup, config, setup.users, services);
  channel.step(std::string("check() with ") + label + " credentials");
  auto connector = host.plugin->create();
  if (!connector) return {{"status", status_json(connector.status())}};
  auto report = (*connector)->check(ctx);
  json::object out{{"status", status_json(report.status())}};
  if (report) out["facts"] = report->facts;
  return out;
}

}  // namespace

CheckResult run_check(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  auto outcome = ctx.run_child([&](ChildChannel& channel) -> json::value {
    ProbeHost host{setup, load_for_probe(setup), {}, {}};
    ServerControl(setup.control_url).phase("check");
    return json::object{{"good", check_once(host, setup.good_config, "good", channel)},
                        {"bad", check_once(host, setup.bad_config, "wrong", channel)}};
  });
  if (!outcome.result) return fail("check() " + outcome.failure);
  const auto& r = outcome.result->as_object();
  auto good = status_from_json(r.at("good").at("status"));
  auto bad = status_from_json(r.at("bad").at("status"));
  if (!good)
    return fail("check() with the good credentials of the conformance file failed: " + good.to_string());
  if (bad)
    return fail("check() succeeded with wrong credentials; it must ask the vendor (one cheap request) "
                "and fail as auth when the credentials are refused");
  if (bad.kind() != sdk::FailureKind::kAuth && bad.kind() != sdk::FailureKind::kConfig)
    return fail("check() with wrong credentials failed as " + std::string(sdk::to_string(bad.kind())) +
                " (" + bad.message() + "); expected auth (refused credentials) or config");
  std::string facts;
  if (const auto* f = r.at("good").as_object().if_contains("facts"); f && f->is_object()) {
    for (const auto& [k, v] : f->as_object()) facts += (facts.empty() ? " (facts: " : ", ") + std::string(k);
    if (!facts.empty()) facts += ")";
  }
  return pass("good credentials: ok" + facts + "; wrong credentials: " + bad.to_string());
}

}  // namespace tributary::host::conformance
