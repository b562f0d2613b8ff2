#pragma once
// What every check works from: the plugin, the conformance file, the runner's server, what the
// plugin said about itself (asked once, in a child process), and the prepared test unit.

#include <boost/asio/io_context.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <optional>
#include <string>

#include "host/conformance/child_process.h"
#include "host/conformance/conformance_config.h"
#include "host/conformance/exchange_server.h"
#include "host/conformance/plugin_target.h"
#include "host/conformance/probe_setup.h"
#include "host/conformance/record_json.h"

namespace tributary::host::conformance {

struct RunnerOptions {
  std::chrono::milliseconds timeout{60000};  // per check process
  bool update_expected = false;  // rewrite expected-record files from what the plugin produces
  std::string base_url;          // overrides the conformance file's endpoint
};

// The plugin's answer to "who are you": its info record and declaration, or why there is none.
struct Description {
  std::string failure;        // the child crashed or hung while loading or describing
  std::string load_error;     // the loader refused the library (handshake, symbols)
  std::string create_error;   // tributary_create_connector failed
  boost::json::object info;
  std::optional<DeclarationRead> declaration;
  std::string last_step;
};

class SuiteContext {
 public:
  SuiteContext(boost::asio::io_context& io, ExchangeServer& server, PluginTarget target,
               const ConformanceConfig* config, RunnerOptions options);

  boost::asio::io_context& io() { return io_; }
  ExchangeServer& server() { return server_; }
  const PluginTarget& target() const { return target_; }
  const ConformanceConfig* config() const { return config_; }
  const RunnerOptions& options() const { return options_; }

  const Description& description();
  // The unit the plugin-running checks use, or null with the reason in setup_problem().
  const ProbeSetup* setup();
  const std::string& setup_problem();

  ChildOutcome run_child(const Probe& probe);

 private:
  void prepare();

  boost::asio::io_context& io_;
  ExchangeServer& server_;
  PluginTarget target_;
  const ConformanceConfig* config_;
  RunnerOptions options_;
  std::optional<Description> description_;
  bool prepared_ = false;
  std::optional<ProbeSetup> setup_;
  std::string setup_problem_;
};

}  // namespace tributary::host::conformance
