#pragma once
// Inside a check's child process: one unit of work as the host runs it (create a connector,
// fetch, normalize, emit into the host's own buffering emitter), with everything the connector
// said and returned kept for the runner to judge.

#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <vector>

#include "host/conformance/child_process.h"
#include "host/conformance/probe_services.h"
#include "host/conformance/probe_setup.h"
#include "host/plugin/loader.h"

namespace tributary::host::conformance {

struct UnitInput {
  const boost::json::object* config = nullptr;  // default: the setup's good config
  std::vector<sdk::UserRef> users;
  sdk::StateMap state;  // committed state the connector reads
  std::string label;    // for steps: "read 1"
};

struct UnitRun {
  sdk::Status status;     // the first failure, or success
  std::string failed_at;  // "create", "fetch", "normalize" or "emit"
  boost::json::object fetched;  // {"pages": n, "streams": {...}, "context": {...}, "meta": [...]}
  boost::json::object output;   // what the emitter took (output_json shape)
  std::vector<LogLine> logs;
};

// The shared parts of the host a probe keeps across its units (cache and credentials are per
// account in the host, so units of one run share them).
struct ProbeHost {
  const ProbeSetup& setup;
  LoadedPluginPtr plugin;
  MemoryCache cache;
  MemoryCredentials credentials;
};

// The FetchContext the host would hand a unit of `users`: the setup's window and organisation.
sdk::FetchContext unit_context(const ProbeSetup& setup, const boost::json::object& config,
                               std::vector<sdk::UserRef> users, sdk::HostServices& services);

// Loads the plugin the setup names; throws std::runtime_error with the loader's reason.
LoadedPluginPtr load_for_probe(const ProbeSetup& setup);

UnitRun run_unit(ProbeHost& host, const UnitInput& input, ChildChannel& channel);

boost::json::object unit_run_json(const UnitRun& run);

// Every unit of a full read (unit_users), from `state`; stops at the first failure.
std::vector<UnitRun> run_read(ProbeHost& host, const sdk::StateMap& state, const std::string& label,
                              ChildChannel& channel);

}  // namespace tributary::host::conformance
