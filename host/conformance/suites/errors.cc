// errors: the runner's server answers every vendor request of a unit with one error case; the
// connector must fail with the failure kind the host acts on, never crash or hang:
// 401 -> auth, 429 -> rate_limited with the served Retry-After, 500 -> transient, a body cut in
// half -> data, naming where the JSON broke.
#include <regex>

#include "host/conformance/server_control.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

json::value errors_probe(const ProbeSetup& setup, const std::vector<std::string>& cases, ChildChannel& channel) {
  ProbeSetup strict = setup;
  strict.http.max_retries = 0;  // the connector, not the client's retries, must meet the error
  ServerControl control(setup.control_url);
  json::object out;
  auto plugin = load_for_probe(setup);
  auto users = unit_users(setup).front();
  for (const auto& name : cases) {
    control.phase("errors " + name);
    control.fault(name);
    ProbeHost host{strict, plugin, {}, {}};
    UnitInput input{&setup.fault_config, users, {}, "error case " + name};
    out[name] = unit_run_json(run_unit(host, input, channel));
  }
  control.fault("none");
  return out;
}

bool names_position(const std::string& message) {
  static const std::regex kPosition(R"((byte|offset|position|pos|char|character|column|col|line|at)\W{0,3}\d+)",
                                    std::regex::icase);
  return std::regex_search(message, kPosition);
}

// Empty when the outcome is the one the case calls for.
std::string judge(const std::string& name, const json::object& unit) {
  auto status = status_from_json(unit.at("status"));
  std::string got = status ? std::string("succeeded") : "failed as " + status.to_string();
  if (status) {
    return "with every request answered by error case " + name + " the unit succeeded; the connector "
           "must check each response (sdk::status_from_http maps the usual statuses)";
  }
  if (name == "auth_401" && status.kind() != sdk::FailureKind::kAuth)
    return "HTTP 401 must fail as auth (the host stops and asks for new credentials), but it " + got;
  if (name == "rate_limited_429") {
    if (status.kind() != sdk::FailureKind::kRateLimited)
      return "HTTP 429 must fail as rate_limited with the Retry-After, but it " + got;
    if (status.retry_after().count() != kServedRetryAfterSeconds)
      return "HTTP 429 with Retry-After: " + std::to_string(kServedRetryAfterSeconds) +
             " failed as rate_limited but with retry_after " + std::to_string(status.retry_after().count()) +
             " s; pass on what the vendor said";
  }
  if (name == "server_error_5xx" && status.kind() != sdk::FailureKind::kTransient)
    return "HTTP 500 must fail as transient (worth retrying later), but it " + got;
  if (name == "malformed_json") {
    if (status.kind() != sdk::FailureKind::kData)
      return "a JSON body cut in half must fail as data, but it " + got;
    if (!names_position(status.message()))
      return "a JSON body cut in half failed as data, but the message does not say where the JSON "
             "broke (\"" + status.message() + "\"); sdk::parse_json names the byte offset";
  }
  return {};
}

}  // namespace

CheckResult run_errors(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  std::vector<std::string> cases, details;
  for (const auto& name : error_case_names()) {
    auto it = ctx.config()->errors_skip.find(name);
    if (it == ctx.config()->errors_skip.end()) cases.push_back(name);
    else details.push_back(name + " not served: " + it->second);
  }
  if (cases.empty()) return skip("errors.skip skips every error case");
  auto outcome = ctx.run_child([&](ChildChannel& channel) { return errors_probe(setup, cases, channel); });
  if (!outcome.result) return fail("an error case " + outcome.failure);
  const auto& r = outcome.result->as_object();
  std::vector<std::string> seen;
  for (const auto& name : cases) {
    const auto& unit = r.at(name).as_object();
    if (auto problem = judge(name, unit); !problem.empty()) return fail(name + ": " + problem, details);
    auto status = status_from_json(unit.at("status"));
    seen.push_back(name + " -> " + std::string(sdk::to_string(status.kind())));
  }
  std::string summary;
  for (const auto& s : seen) summary += (summary.empty() ? "" : ", ") + s;
  return pass(summary, std::move(details));
}

}  // namespace tributary::host::conformance
