#pragma once
// An in-process sandbox serving Fishbowl with a small fixed data set: anchor 2024-11-20, 40 days
// back (covers the 2024-11-03 US DST change), 4 reps plus the unmapped salesman, server clock on
// New York. Used by the sandbox's own tests and by tests/fishbowl.

#include <memory>
#include <string>

#include "tests/sandbox/fishbowl/fishbowl_api.h"
#include "tests/sandbox/sandbox_config.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/vendor_catalog.h"

namespace tributary::sandbox::fishbowl::testing {

inline SandboxConfig fishbowl_test_config() {
  SandboxConfig config;
  config.dataset.seed = 7;
  config.dataset.users = 4;
  config.dataset.days = 40;
  config.dataset.anchor = date::year{2024} / date::November / 20;
  config.server.threads = 2;
  config.fishbowl.seats = 2;
  return config;
}

inline std::unique_ptr<SandboxServer> start_fishbowl(
    const SandboxConfig& config = fishbowl_test_config()) {
  auto server = std::make_unique<SandboxServer>(config.server, make_vendors(config));
  server->start();
  return server;
}

inline FishbowlApi& fishbowl_of(const SandboxServer& server) {
  return dynamic_cast<FishbowlApi&>(*server.vendor("fishbowl"));
}

}  // namespace tributary::sandbox::fishbowl::testing
