#pragma once
// SIGTERM/SIGINT handling for long commands: the first signal asks the host to stop (units not
// started are skipped, running ones finish and commit or roll back whole); a second one exits at
// once — safe for the store, whose every write is a transaction in a WAL-mode file.
// `tributary serve` also gives it SIGHUP (reload) and a hook to wake its main loop on stop.

#include <atomic>
#include <functional>
#include <thread>

namespace tributary::host {

struct SignalActions {
  std::function<void()> on_stop;    // after the first SIGTERM/SIGINT set the flag
  std::function<void()> on_reload;  // SIGHUP; when empty, SIGHUP keeps its default action
};

class SignalWatcher {
 public:
  // Must be constructed before any other thread starts, so they all inherit the blocked mask.
  // The actions run on the watcher's own thread.
  explicit SignalWatcher(std::atomic<bool>& stop_flag, SignalActions actions = {});
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  std::atomic<bool>& stop_;
  SignalActions actions_;
  std::thread thread_;
};

}  // namespace tributary::host
