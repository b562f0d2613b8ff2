// tributary-conformance: runs a connector plugin through the checks the host relies on.
#include <CLI/CLI.hpp>
#include <boost/json/serialize.hpp>
#include <csignal>
#include <filesystem>
#include <iostream>

#include "host/conformance/report.h"
#include "host/conformance/serve.h"
#include "host/conformance/suites.h"
#include "host/http/http_client.h"
#include "tributary/sdk/abi.h"

namespace {

constexpr int kExitPassed = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

void list_checks() {
  for (const auto& s : tributary::host::conformance::all_suites())
    std::printf("%-12s %s\n", s.name, s.summary);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tributary::host::conformance;
  // A check process that dies mid-response must not take the runner with it.
  std::signal(SIGPIPE, SIG_IGN);

  RunRequest request;
  std::string config;
  bool as_json = false, list = false, serve = false;
  int timeout_s = 60;
  ServeOptions serve_options;

  CLI::App app{"Runs a Tributary connector plugin through the checks the host relies on"};
  app.set_version_flag("--version", std::string("tributary-conformance ") + TRIBUTARY_SDK_VERSION);
  app.add_option("plugin", request.plugin, "Plugin library path, or a plugin name on the plugin path");
  app.add_option("--config", config, "Conformance file (default: ./conformance.yaml when it exists)");
  app.add_option("--suite", request.suites, "Run only these checks (repeatable); see --list");
  app.add_flag("--json", as_json, "Print the report as JSON");
  app.add_option("--plugin-dir", request.plugin_dirs, "Also look for plugins here (repeatable)");
  app.add_option("--base-url", request.options.base_url,
                 "Run against this live API root instead of the file's endpoint (e.g. tributary-sandbox)");
  app.add_option("--timeout", timeout_s, "Seconds each check may take before it is killed")->check(CLI::Range(1, 3600));
  app.add_flag("--update-expected", request.options.update_expected,
               "Write expected-record files from what the plugin produces now (review the diff!)");
  app.add_flag("--list", list, "List the checks and exit");
  app.add_flag("--serve", serve, "Only serve the file's recorded exchanges on loopback until interrupted");
  app.add_option("--port", serve_options.port, "With --serve: the port (default: any free one)");
  app.add_option("--port-file", serve_options.port_file, "With --serve: write the port here once listening");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitPassed : kExitUsage;
  }
  if (list) {
    list_checks();
    return kExitPassed;
  }
  if (config.empty() && std::filesystem::exists("conformance.yaml")) config = "conformance.yaml";
  if (serve) {
    if (config.empty()) {
      std::cerr << "tributary-conformance --serve needs --config FILE (the recorded exchanges to serve)\n";
      return kExitUsage;
    }
    serve_options.config_path = config;
    return serve_recorded(serve_options);
  }
  if (request.plugin.empty()) {
    std::cerr << "tributary-conformance: name the plugin: a library path or a plugin name (see --help)\n";
    return kExitUsage;
  }
  if (!config.empty()) request.config_path = config;
  request.options.timeout = std::chrono::seconds(timeout_s);
  tributary::host::init_curl_globally();
  auto report = run_conformance(request);
  if (!report) {
    std::cerr << "tributary-conformance: " << report.status().message() << "\n";
    return kExitUsage;
  }
  if (as_json) std::cout << boost::json::serialize(report_json(*report)) << std::endl;
  else print_table(*report, std::cout);
  return report->success() ? kExitPassed : kExitFailed;
}
