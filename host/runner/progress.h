#pragma once
// Live progress of one run: the runner feeds counters (units done, the connectors' HTTP stats),
// a display renders them on stderr — one line rewritten in place on a terminal, a log line every
// few seconds otherwise. Never on stdout, so `run --json` output stays one JSON document.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "host/http/http_client.h"

namespace tributary::host {

struct UnitResult;
struct ProgressDisplayTerminal;

struct ProgressSnapshot {
  std::string pipeline;
  std::string phase;  // "starting" | "units" | "goals" | "done"
  int total = 0;
  int done = 0;
  int failed = 0;
  int deferred = 0;
  std::int64_t requests = 0;
  std::int64_t retries = 0;
  std::int64_t throttled = 0;
  std::chrono::steady_clock::duration elapsed{};
};

// Thread-safe. The HTTP counters are read live while units run; `finish_units` copies their final
// values, so a display may keep reading after the run's HttpStats are gone.
class RunProgress {
 public:
  void start(std::string pipeline, int total_units, std::vector<const HttpStats*> stats);
  void unit_finished(const UnitResult& result);
  void finish_units();          // before the HttpStats it watches are destroyed
  void set_phase(std::string phase);
  ProgressSnapshot snapshot() const;

 private:
  mutable std::mutex mu_;
  ProgressSnapshot counts_;
  std::vector<const HttpStats*> stats_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

// Units left at the pace so far; empty before the first unit finishes.
std::optional<std::chrono::seconds> estimate_remaining(const ProgressSnapshot& s);

// "sales-metrics: 412/1000 units (3 failed), 1531 requests, 4 retries, 0 throttled, 8s, ETA 11s"
std::string format_progress(const ProgressSnapshot& s);

enum class ProgressMode { kOff, kTerminal, kLog };

// kTerminal when stderr is a terminal, else kLog.
ProgressMode progress_mode_for_stderr();

// Renders a RunProgress until destroyed. On a terminal it also routes the process logger through
// itself, so a log line erases the progress line first instead of being glued to it.
class ProgressDisplay {
 public:
  ProgressDisplay(const RunProgress& progress, ProgressMode mode,
                  std::chrono::milliseconds log_interval = std::chrono::seconds{5});
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

 private:
  void loop();
  void draw_terminal();

  const RunProgress& progress_;
  ProgressMode mode_;
  std::chrono::milliseconds interval_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::unique_ptr<ProgressDisplayTerminal> terminal_;  // kTerminal only
  std::thread thread_;
};

}  // namespace tributary::host
