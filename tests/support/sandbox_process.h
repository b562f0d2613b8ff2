#pragma once
// The real tributary-sandbox binary, started on an ephemeral loopback port for one test.

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {

class SandboxProcess {
 public:
  // Extra flags are appended to `--port 0 --port-file F --seed 42 --users 5`.
  explicit SandboxProcess(const std::vector<std::string>& extra_flags = {});
  ~SandboxProcess();

  int port() const { return port_; }
  std::string url(const std::string& path = "") const;
  void kill_now();  // SIGKILL, as a crash would
  bool running() { return process_ && process_->running(); }

 private:
  TempDir dir_;
  std::unique_ptr<BackgroundProcess> process_;
  int port_ = 0;
};

// Polls `condition` every few milliseconds until it holds or `timeout` passes.
bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

}  // namespace tributary::testing
