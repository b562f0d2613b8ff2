#pragma once
// SIGTERM/SIGINT handling for long commands: the first signal asks the host to stop (units not
// started are skipped, running ones finish and commit or roll back whole); a second one exits at
// once — safe for the store, whose every write is a transaction in a WAL-mode file.

#include <atomic>
#include <thread>

namespace tributary::host {

class SignalWatcher {
 public:
  // Must be constructed before any other thread starts, so they all inherit the blocked mask.
  explicit SignalWatcher(std::atomic<bool>& stop_flag);
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  std::atomic<bool>& stop_;
  std::thread thread_;
};

}  // namespace tributary::host
