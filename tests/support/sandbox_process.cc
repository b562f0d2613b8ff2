#include "tests/support/sandbox_process.h"

#include <signal.h>

#include <fstream>
#include <stdexcept>
#include <thread>

namespace tributary::testing {

bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return condition();
}

SandboxProcess::SandboxProcess(const std::vector<std::string>& extra_flags) {
  auto port_file = dir_.file("port");
  std::vector<std::string> argv = {bin("tributary-sandbox"), "--port", "0", "--port-file", port_file,
                                   "--seed", "42", "--users", "5"};
  argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
  process_ = std::make_unique<BackgroundProcess>(argv);
  bool up = wait_until(
      [&] {
        std::ifstream in(port_file);
        int p = 0;
        if (in >> p && p > 0) {
          port_ = p;
          return true;
        }
        return false;
      },
      std::chrono::seconds(20));
  if (!up) {
    auto r = process_->finish(std::chrono::seconds(1));
    throw std::runtime_error("tributary-sandbox did not start: " + r.out + r.err);
  }
}

SandboxProcess::~SandboxProcess() {
  if (process_ && process_->running()) {
    process_->kill(SIGTERM);
    process_->finish(std::chrono::seconds(5));
  }
}

std::string SandboxProcess::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void SandboxProcess::kill_now() {
  if (process_) {
    process_->kill(SIGKILL);
    process_->finish(std::chrono::seconds(5));
  }
}

}  // namespace tributary::testing
