#include "host/http/rate_budget.h"

#include <algorithm>

#include "host/http/event_loop.h"

namespace tributary::host {

namespace {
using Duration = std::chrono::steady_clock::duration;

Duration interval_of(const sdk::RateBudget& budget) {
  if (budget.requests <= 0 || budget.per_seconds <= 0) return Duration::zero();
  auto period = std::chrono::duration_cast<Duration>(std::chrono::seconds{budget.per_seconds});
  return period / budget.requests;
}
}  // namespace

RateBudgetLimiter::RateBudgetLimiter(sdk::RateBudget budget, int burst)
    : burst_(std::max(burst, 1)),
      budget_(budget),
      interval_(interval_of(budget)),
      burst_tolerance_(interval_ * (burst_ - 1)) {}

sdk::RateBudget RateBudgetLimiter::budget() const {
  std::lock_guard lock(mu_);
  return budget_;
}

void RateBudgetLimiter::set_budget(sdk::RateBudget budget) {
  std::lock_guard lock(mu_);
  budget_ = budget;
  interval_ = interval_of(budget);
  burst_tolerance_ = interval_ * (burst_ - 1);
  // A looser budget must not leave callers waiting out the old, longer interval.
  next_allowed_ = std::min(next_allowed_, std::chrono::steady_clock::now() + interval_);
}

// GCRA: a request may go at `now` when now >= TAT - tolerance; sending moves TAT one interval on.
// The check runs under the lock at the moment of sending rather than reserving a slot up front,
// so a pause that arrives while a thread sleeps is still honoured when it wakes.
Duration RateBudgetLimiter::acquire() {
  const auto started = std::chrono::steady_clock::now();
  std::unique_lock lock(mu_);
  for (;;) {
    const auto now = std::chrono::steady_clock::now();
    const auto allowed_at = std::max(next_allowed_ - burst_tolerance_, paused_until_);
    if (allowed_at <= now) {
      next_allowed_ = std::max(next_allowed_, now) + interval_;
      return now - started;
    }
    lock.unlock();
    wait_until(allowed_at);  // parks a unit's fiber, not its thread
    lock.lock();
  }
}

void RateBudgetLimiter::pause_until(std::chrono::steady_clock::time_point until) {
  std::lock_guard lock(mu_);
  paused_until_ = std::max(paused_until_, until);
}

std::shared_ptr<RateBudgetLimiter> RateBudgetRegistry::get(const std::string& plugin,
                                                           const std::string& account,
                                                           sdk::RateBudget budget) {
  // The unit separator cannot occur in a plugin name, so ("a", "bc") and ("ab", "c") differ.
  std::string key = plugin + "\x1f" + account;
  std::lock_guard lock(mu_);
  auto& entry = limiters_[key];
  if (!entry.limiter) {
    entry.limiter = std::make_shared<RateBudgetLimiter>(budget);
  } else if (entry.generation != generation_) {
    entry.limiter->set_budget(budget);
  }
  entry.generation = generation_;
  return entry.limiter;
}

void RateBudgetRegistry::begin_generation() {
  std::lock_guard lock(mu_);
  ++generation_;
}

}  // namespace tributary::host
