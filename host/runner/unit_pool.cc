#include "host/runner/unit_pool.h"

#include <algorithm>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "host/core/logging.h"
#include "host/http/event_loop.h"
#include "host/runner/progress.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

std::int64_t unix_now(const sdk::Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

bool is_per_account(const UnitSpec& spec) {
  return spec.declaration && spec.declaration->scope == sdk::FetchScope::kPerAccount;
}

UnitResult blank_result(const UnitSpec& spec) {
  UnitResult r;
  r.connector_name = spec.connector_name;
  r.plugin_name = spec.plugin_name;
  for (const auto& u : spec.users) r.user_ids.push_back(u.id);
  return r;
}

std::string unit_label(const UnitSpec& spec) {
  return spec.pipeline + "/" + spec.connector_name + " unit for " +
         (spec.users.size() == 1 ? spec.users.front().id
                                 : std::to_string(spec.users.size()) + " users");
}

std::string resume_text(std::int64_t resume_at) {
  return resume_at > 0 ? "can resume after " + sdk::format_iso8601_utc(resume_at)
                       : "can resume when the vendor's quota resets (it did not say when)";
}

// Hands units to the loops in start order. A per-user connector's first unit runs before its
// siblings start: what it looks up once for the whole account and caches (the vendor's user
// directory, an OAuth token) is then fetched once instead of once per unit, and a refresh token
// is not spent by several units at once. While it runs, its siblings are passed over and the
// units behind them go first; when it ends, every loop is woken to take the siblings.
class Dispatcher {
 public:
  Dispatcher(const std::vector<UnitSpec>& specs, const std::vector<std::size_t>& order)
      : specs_(specs), pending_(order.begin(), order.end()) {
    std::map<std::string, int> units;
    for (const auto& s : specs)
      if (!is_per_account(s)) ++units[s.connector_name];
    for (auto i : order) {
      const auto& name = specs[i].connector_name;
      if (is_per_account(specs[i]) || units[name] < 2 || first_.count(name)) continue;
      first_[name] = i;
      warming_.insert(name);
    }
  }

  // The next unit that may start, or nothing (none left, or the rest wait on a first unit).
  std::optional<std::size_t> take() {
    std::lock_guard lock(mu_);
    for (auto it = pending_.begin(); it != pending_.end(); ++it) {
      if (waits_for_first(*it)) continue;
      const auto i = *it;
      pending_.erase(it);
      return i;
    }
    return std::nullopt;
  }
  bool drained() {
    std::lock_guard lock(mu_);
    return pending_.empty();
  }
  void finished(std::size_t i) {
    auto it = first_.find(specs_[i].connector_name);
    if (it == first_.end() || it->second != i) return;
    std::lock_guard lock(mu_);
    warming_.erase(specs_[i].connector_name);
    for (auto* loop : loops_) loop->wakeup();
  }
  void attach(EventLoop* loop) {
    std::lock_guard lock(mu_);
    loops_.insert(loop);
  }
  void detach(EventLoop* loop) {
    std::lock_guard lock(mu_);
    loops_.erase(loop);
  }

 private:
  bool waits_for_first(std::size_t i) const {
    const auto& name = specs_[i].connector_name;
    auto it = first_.find(name);
    return it != first_.end() && it->second != i && warming_.count(name);
  }

  const std::vector<UnitSpec>& specs_;
  std::mutex mu_;
  std::list<std::size_t> pending_;            // not started, in start order
  std::map<std::string, std::size_t> first_;  // connector -> index of its first unit
  std::set<std::string> warming_;
  std::set<EventLoop*> loops_;
};

// Connectors whose quota ran out during this run, with when each can go again.
class QuotaStops {
 public:
  struct Stop {
    std::int64_t resume_at = 0;
    std::string reason;
  };

  std::optional<Stop> find(const std::string& connector) {
    std::lock_guard lock(mu_);
    auto it = stops_.find(connector);
    if (it == stops_.end()) return std::nullopt;
    return it->second;
  }
  // The first report wins: later units only confirm what stopped the connector.
  bool record(const std::string& connector, Stop stop) {
    std::lock_guard lock(mu_);
    return stops_.emplace(connector, std::move(stop)).second;
  }

 private:
  std::mutex mu_;
  std::map<std::string, Stop> stops_;
};

UnitResult not_started(const UnitSpec& spec, const QuotaStops::Stop& stop, std::int64_t now) {
  UnitResult r = blank_result(spec);
  auto wait = std::max<std::int64_t>(0, stop.resume_at - now);
  r.status = sdk::Status::quota_exhausted(
      "not started: " + spec.connector_name + "'s quota ran out earlier in this run (" +
          stop.reason + "); " + resume_text(stop.resume_at),
      std::chrono::seconds{wait});
  r.deferred = true;
  r.resume_at = stop.resume_at;
  return r;
}

UnitResult run_isolated(const UnitRunner& run, const UnitSpec& spec) {
  try {
    return run(spec);
  } catch (const std::exception& e) {
    UnitResult r = blank_result(spec);
    r.status = sdk::Status::internal(std::string("the host failed while running this unit: ") +
                                     e.what() + "; nothing was written for it");
    return r;
  } catch (...) {
    UnitResult r = blank_result(spec);
    r.status = sdk::Status::internal(
        "the host failed while running this unit (unknown exception); nothing was written for it");
    return r;
  }
}

}  // namespace

std::vector<std::size_t> unit_start_order(const std::vector<UnitSpec>& specs) {
  std::vector<std::size_t> order;
  order.reserve(specs.size());
  std::vector<std::string> connectors;
  std::map<std::string, std::vector<std::size_t>> per_user;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (is_per_account(specs[i])) {
      order.push_back(i);
      continue;
    }
    auto& queue = per_user[specs[i].connector_name];
    if (queue.empty()) connectors.push_back(specs[i].connector_name);
    queue.push_back(i);
  }
  for (std::size_t round = 0;; ++round) {
    bool any = false;
    for (const auto& name : connectors) {
      const auto& queue = per_user[name];
      if (round < queue.size()) {
        order.push_back(queue[round]);
        any = true;
      }
    }
    if (!any) break;
  }
  return order;
}

std::vector<UnitResult> run_unit_pool(const std::vector<UnitSpec>& specs, int concurrency,
                                      const UnitRunner& run, const sdk::Clock& clock,
                                      RunProgress* progress) {
  std::vector<UnitResult> results(specs.size());
  const auto order = unit_start_order(specs);
  QuotaStops stops;
  Dispatcher dispatcher(specs, order);

  auto finish_one = [&](std::size_t i) {
    const auto& spec = specs[i];
    auto& r = results[i];
    if (r.status.kind() == sdk::FailureKind::kQuotaExhausted && !r.deferred) {
      const auto now = unix_now(clock);
      r.deferred = true;
      r.resume_at = r.status.retry_after().count() > 0 ? now + r.status.retry_after().count() : 0;
      if (stops.record(spec.connector_name, {r.resume_at, r.status.message()}))
        log_warn(spec.pipeline + "/" + spec.connector_name + ": the vendor's quota ran out (" +
                 r.status.message() + "); its units not started yet are deferred; " +
                 resume_text(r.resume_at));
    } else if (!r.status.ok() && !r.deferred) {
      log_warn(unit_label(spec) + " failed: " + r.status.to_string());
    }
    if (progress) progress->unit_finished(r);
    dispatcher.finished(i);
  };

  // Each thread runs an event loop with up to `slots` units on it as fibers: a unit waiting on
  // the network or a rate budget is parked and the thread runs another. Threads are for CPU
  // (parsing, normalising, writing), so there are no more of them than cores.
  auto worker = [&](int slots) {
    EventLoop loop;
    dispatcher.attach(&loop);
    for (;;) {
      while (loop.fibers() < static_cast<std::size_t>(slots)) {
        auto next = dispatcher.take();
        if (!next) break;
        const auto i = *next;
        if (auto stop = stops.find(specs[i].connector_name)) {
          results[i] = not_started(specs[i], *stop, unix_now(clock));
          finish_one(i);
          continue;
        }
        loop.spawn([&, i] {
          results[i] = run_isolated(run, specs[i]);
          finish_one(i);
        });
      }
      if (loop.fibers() == 0 && dispatcher.drained()) break;
      // Woken early by a transfer, a timer, or a first unit ending elsewhere.
      loop.run_once(std::chrono::seconds{1});
    }
    dispatcher.detach(&loop);
  };
  const int slots = std::max(1, std::min<int>(concurrency, static_cast<int>(specs.size())));
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int threads = std::min(slots, cores);
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (int t = 0; t < threads; ++t)
      pool.emplace_back(worker, slots / threads + (t < slots % threads ? 1 : 0));
  }
  return results;
}

}  // namespace tributary::host
