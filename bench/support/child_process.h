#pragma once
// A child process for the benchmarks: started with extra environment, output to files, and
// waited for with wait4 so its own peak RSS is known (RUSAGE_CHILDREN would mix in the sandbox).

#include <sys/resource.h>
#include <sys/types.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace tributary::bench {

struct ChildExit {
  int exit_code = -1;  // -1 when a signal ended it
  int signal = 0;
  long peak_rss_kb = 0;
  std::chrono::steady_clock::duration wall{};
};

class ChildProcess {
 public:
  // `env` is added to this process's environment. stdout and stderr go to the two files.
  ChildProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
               const std::string& stdout_path, const std::string& stderr_path);
  ~ChildProcess();  // SIGTERM, then waits
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  bool running();
  ChildExit wait();
  void terminate();  // SIGTERM and wait

 private:
  void record(int status, const rusage& usage);

  pid_t pid_ = -1;
  bool reaped_ = false;
  ChildExit exit_;
  std::chrono::steady_clock::time_point started_;
};

std::string read_text_file(const std::string& path);
void write_text_file(const std::string& path, const std::string& text);

}  // namespace tributary::bench
