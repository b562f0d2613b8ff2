#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "tests/sandbox/fault_plan.h"

namespace tributary::sandbox {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;  // 0 = an ephemeral port; SandboxServer::start() returns the real one
  int threads = 4;
  std::uint64_t seed = 42;  // drives fault injection (vendor data has its own seed in DatasetOptions)
  FaultSettings faults;
  // Rate-limit windows read the time from here, so a test can spend and refill a budget
  // without waiting.
  std::function<std::chrono::system_clock::time_point()> clock = [] {
    return std::chrono::system_clock::now();
  };
};

}  // namespace tributary::sandbox
