#pragma once
// Runs a real binary with arguments and environment, capturing stdout and stderr.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace tributary::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
  bool timed_out = false;
};

using Env = std::map<std::string, std::string>;

// Runs to completion (or kills it after `timeout`). `env` entries are added to this process's
// environment (an empty value removes the variable).
ProcessResult run_process(const std::vector<std::string>& argv, const Env& env = {},
                          std::chrono::milliseconds timeout = std::chrono::seconds(120));

// A process running in the background; output goes to files read on finish().
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const Env& env = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  pid_t pid() const { return pid_; }
  bool running();
  void kill(int signal);
  // Waits for the exit (killing with SIGKILL after `timeout`) and returns what it printed.
  ProcessResult finish(std::chrono::milliseconds timeout = std::chrono::seconds(120));

 private:
  pid_t pid_ = -1;
  std::string out_path_, err_path_;
  std::optional<ProcessResult> result_;
};

std::string bin(const std::string& name);  // build/bin/<name>

}  // namespace tributary::testing
