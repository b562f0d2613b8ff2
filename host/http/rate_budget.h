#pragma once
// Proactive pacing: one limiter per (plugin, vendor account), shared by every unit, pipeline and
// run in the process, so a well-behaved run never sees a 429. Requests are spaced evenly
// (GCRA / leaky bucket: `requests` per `per_seconds`, with a burst of at most `burst`).

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "tributary/sdk/declaration.h"

namespace tributary::host {

class RateBudgetLimiter {
 public:
  explicit RateBudgetLimiter(sdk::RateBudget budget, int burst = 1);
  // Waits until the next request may go (a unit's fiber is parked, a plain thread sleeps).
  // Returns how long it waited.
  std::chrono::steady_clock::duration acquire();
  // Vendor told us to stop until `until` (429 Retry-After / reset header): nobody sends before.
  void pause_until(std::chrono::steady_clock::time_point until);
  sdk::RateBudget budget() const;
  // A reloaded config changed the budget: pace by the new one from now on, keeping the schedule
  // (and any vendor pause) already earned.
  void set_budget(sdk::RateBudget budget);

 private:
  int burst_;
  sdk::RateBudget budget_;
  std::chrono::steady_clock::duration interval_;
  std::chrono::steady_clock::duration burst_tolerance_;
  mutable std::mutex mu_;
  std::chrono::steady_clock::time_point next_allowed_;  // theoretical arrival time
  std::chrono::steady_clock::time_point paused_until_;
};

// Owned by the host process (not global): maps (plugin, account key) to its limiter. Within one
// configuration the first budget asked for a key wins, so pipelines sharing an account share one
// pace. `serve` keeps the registry across reloads (the vendor's limits do not reset with our
// config) and calls begin_generation(): the first budget asked for a key after it re-tunes the
// existing limiter.
class RateBudgetRegistry {
 public:
  std::shared_ptr<RateBudgetLimiter> get(const std::string& plugin, const std::string& account,
                                         sdk::RateBudget budget);
  void begin_generation();

 private:
  struct Entry {
    std::shared_ptr<RateBudgetLimiter> limiter;
    std::uint64_t generation = 0;
  };
  std::mutex mu_;
  std::uint64_t generation_ = 0;
  std::map<std::string, Entry> limiters_;
};

}  // namespace tributary::host
