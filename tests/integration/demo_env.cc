#include "tests/integration/demo_env.h"

#include <stdexcept>

#include "tests/support/http_get.h"

namespace tributary::testing {

DemoEnv::DemoEnv(const std::vector<std::string>& sandbox_flags) {
  copy_tree(std::string(TRIBUTARY_SOURCE_ROOT) + "/config", config_dir());
  // The demo paces JustCall at its plan's 90 requests/minute; tests need not wait that long, and
  // two runs (about 40 requests) stay inside the sandbox's own per-minute burst limit.
  replace_in_file(config_dir() + "/pipelines/sales-metrics.yaml",
                  "rate_budget: {requests: 90, per_seconds: 60}",
                  "rate_budget: {requests: 20, per_seconds: 1}");
  std::vector<std::string> flags = {"--justcall-key", "demo-key", "--justcall-secret", "demo-secret",
                                    "--copper-key", "demo-copper-key"};
  flags.insert(flags.end(), sandbox_flags.begin(), sandbox_flags.end());
  sandbox_ = std::make_unique<SandboxProcess>(flags);
}

Env DemoEnv::env() const {
  return {{"TRIBUTARY_DB", db()},
          {"TRIBUTARY_PLUGIN_PATH", TRIBUTARY_PLUGIN_DIR},
          {"SANDBOX_PORT", std::to_string(sandbox_->port())},
          {"JUSTCALL_API_KEY", "demo-key"},
          {"JUSTCALL_API_SECRET", "demo-secret"},
          {"COPPER_API_KEY", "demo-copper-key"},
          {"FISHBOWL_PASSWORD", "demo-pass"},
          {"HUBSPOT_ACCESS_TOKEN", "demo-hubspot-token"},
          {"SALESFORCE_CLIENT_SECRET", "demo-sf-secret"},
          {"SALESFORCE_REFRESH_TOKEN", "demo-sf-refresh"},
          {"TRIBUTARY_CONFIG", ""}};
}

ProcessResult DemoEnv::tributary(const std::vector<std::string>& args, const Env& extra) const {
  std::vector<std::string> argv = {bin("tributary"), "--config", config_dir()};
  argv.insert(argv.end(), args.begin(), args.end());
  auto e = env();
  for (const auto& [k, v] : extra) e[k] = v;
  return run_process(argv, e);
}

BackgroundProcess DemoEnv::tributary_background(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {bin("tributary"), "--config", config_dir()};
  argv.insert(argv.end(), args.begin(), args.end());
  return BackgroundProcess(argv, env());
}

boost::json::value DemoEnv::expected_justcall(const std::string& from, const std::string& to) const {
  auto r = http_get(sandbox_->url("/_sandbox/expected/justcall?from=" + from + "&to=" + to +
                                  "&tz=America/Denver"));
  if (r.status != 200) throw std::runtime_error("expected endpoint answered " + std::to_string(r.status) + ": " + r.body);
  return parse_json_or_fail(r.body);
}

boost::json::value parse_json_or_fail(const std::string& text) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec) throw std::runtime_error("not JSON (" + ec.message() + "): " + text.substr(0, 500));
  return v;
}

}  // namespace tributary::testing
