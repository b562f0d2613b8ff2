#include "host/cli/signal_watcher.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

#include "host/core/logging.h"

namespace tributary::host {

namespace {
sigset_t watched_signals(bool reload) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGUSR2);  // our own "watcher, finish" message
  if (reload) sigaddset(&set, SIGHUP);
  return set;
}
}  // namespace

SignalWatcher::SignalWatcher(std::atomic<bool>& stop_flag, SignalActions actions)
    : stop_(stop_flag), actions_(std::move(actions)) {
  auto set = watched_signals(static_cast<bool>(actions_.on_reload));
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  thread_ = std::thread([this, set] {
    int received = 0;
    for (;;) {
      int sig = 0;
      if (sigwait(&set, &sig) != 0) continue;
      if (sig == SIGUSR2) return;
      if (sig == SIGHUP) {
        log_info("received SIGHUP: reloading the configuration");
        actions_.on_reload();
        continue;
      }
      if (++received == 1) {
        stop_ = true;
        log_warn(std::string("received ") + (sig == SIGTERM ? "SIGTERM" : "SIGINT") +
                 ": finishing the units in flight, starting no new ones (signal again to exit now)");
        if (actions_.on_stop) actions_.on_stop();
      } else {
        static const char kMsg[] = "second signal: exiting now\n";
        (void)!::write(2, kMsg, sizeof kMsg - 1);
        std::_Exit(130);
      }
    }
  });
}

SignalWatcher::~SignalWatcher() {
  pthread_kill(thread_.native_handle(), SIGUSR2);
  thread_.join();
}

}  // namespace tributary::host
