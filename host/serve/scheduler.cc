// The scheduler's time side: adopting pipelines, missed slots at start-up, firing due slots and
// the loop that sleeps until the next one. Jobs and workers are in scheduler_jobs.cc.
#include "host/serve/scheduler.h"

#include <algorithm>
#include <set>

#include "host/core/logging.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

using std::chrono::sys_seconds;

// A backstop for a real clock that jumps (NTP, suspend): the loop re-reads it at least this often.
constexpr std::chrono::seconds kMaxLoopSleep{30};

std::string iso(sys_seconds t) { return sdk::format_iso8601_utc(t.time_since_epoch().count()); }

}  // namespace

Scheduler::Scheduler(Store& store, const sdk::Clock& clock, JobRunner runner,
                     RunEventSink events)
    : store_(store),
      ledger_(store),
      clock_(clock),
      runner_(std::move(runner)),
      events_(std::move(events)) {}

Scheduler::~Scheduler() {
  Lock lock(mu_);
  quit_loop_ = true;
  lock.unlock();
  stop_starting();
  changed_.notify_all();
  if (loop_.joinable()) loop_.join();
  lock.lock();
  changed_.wait(lock, [&] { return active_ == 0; });
  reap_finished_workers();
}

sys_seconds Scheduler::now() const { return std::chrono::floor<std::chrono::seconds>(clock_.now()); }

void Scheduler::mark(const std::string& pipeline, sys_seconds through) {
  try {
    ledger_.set_considered_through(pipeline, through, now());
  } catch (const std::exception& e) {
    log_error("pipeline " + pipeline + ": cannot record its schedule progress: " + e.what());
  }
}

void Scheduler::configure(std::vector<PipelineSchedule> schedules, int max_concurrent_pipelines) {
  Lock lock(mu_);
  const auto t = now();
  max_concurrent_ = std::max(1, max_concurrent_pipelines);
  std::set<std::string> names;
  for (auto& s : schedules) {
    names.insert(s.pipeline);
    auto it = states_.find(s.pipeline);
    if (it == states_.end()) {
      State state;
      state.schedule = std::move(s);
      adopt(state, t, !configured_);
      states_.emplace(state.schedule.pipeline, std::move(state));
      continue;
    }
    auto& state = it->second;
    const bool keep_timing = !state.removed && state.schedule.same_timing(s);
    state.removed = false;
    state.schedule = std::move(s);
    if (!keep_timing) restart_timing(state, t);
  }
  for (auto it = states_.begin(); it != states_.end();) {
    if (names.count(it->first) != 0) {
      ++it;
      continue;
    }
    it->second.removed = true;
    it->second.next_slot.reset();
    drop_pending(it->second, "the pipeline was removed from the configuration");
    it = it->second.running ? std::next(it) : states_.erase(it);
  }
  configured_ = true;
  start_ready_jobs();
  woken_ = true;
  changed_.notify_all();
}

void Scheduler::restart_timing(State& state, sys_seconds now) {
  // A new or changed schedule has no past: its first slot is the first one from now on.
  const auto baseline = now - std::chrono::seconds{1};
  state.next_slot = state.schedule.slot_after(baseline);
  if (state.schedule.cron) mark(state.schedule.pipeline, baseline);
}

void Scheduler::adopt(State& state, sys_seconds now, bool at_startup) {
  const auto& s = state.schedule;
  if (!s.cron) return;
  std::optional<sys_seconds> through;
  if (at_startup) {
    try {
      through = ledger_.considered_through(s.pipeline);
    } catch (const std::exception& e) {
      log_error("pipeline " + s.pipeline + ": cannot read its schedule progress: " + e.what());
    }
  }
  // No mark: a first start. A mark ahead of now (the clock was set back, or the store came from
  // elsewhere) would silence the pipeline until then: treated as a first start too.
  if (!through || *through > now) {
    restart_timing(state, now);
    return;
  }
  // Slots due strictly before now were missed; one due exactly now still runs on time.
  auto scan = scan_due_slots(s, *through, now - std::chrono::seconds{1}, kMissedRowsKept);
  state.next_slot = scan.next;
  if (scan.empty()) return;
  std::optional<sys_seconds> catch_up;
  if (s.catch_up == CatchUpPolicy::kLatest) {
    catch_up = scan.newest.back();
    scan.newest.pop_back();
  }
  record_missed(state, scan,
                "tributary was not running when this slot came due (it last dealt with slots "
                "up to " + iso(*through) + " and started again at " + iso(now) + ")");
  // Everything up to the newest missed slot is dealt with, whether it runs now or was recorded.
  mark(s.pipeline, catch_up ? *catch_up : scan.newest.back());
  if (catch_up) {
    log_info("pipeline " + s.pipeline + ": catching up the slot of " + iso(*catch_up) +
             " (catch_up: latest)");
    queue(state, Job{s.pipeline, "schedule", catch_up, 0});
  }
}

void Scheduler::record_missed(State& state, const SlotScan& scan, const std::string& reason) {
  const auto& name = state.schedule.pipeline;
  try {
    if (scan.older_count > 0) {
      std::string why = reason;
      if (scan.clamped)
        why += "; slots more than " + std::to_string(kMaxSlotLookback.count() / 24) +
               " days old were not counted";
      ledger_.record_slots(name, "missed", *scan.older_first, *scan.older_last, scan.older_count,
                           why);
      emit(RunEvent{name, "schedule", "missed", 0, scan.older_first, scan.older_count, why,
                    nullptr, 0, now()});
    }
    for (auto slot : scan.newest) {
      auto id = ledger_.record_slot(name, "missed", slot, reason);
      emit(RunEvent{name, "schedule", "missed", id, slot, 1, reason, nullptr, 0, now()});
    }
  } catch (const std::exception& e) {
    log_error("pipeline " + name + ": cannot record its missed slots: " + e.what());
  }
}

void Scheduler::fire_due(State& state, sys_seconds now) {
  const auto& s = state.schedule;
  if (!state.next_slot || s.due(*state.next_slot) > now) return;
  auto scan = scan_due_slots(s, *state.next_slot - std::chrono::seconds{1}, now, kMissedRowsKept);
  state.next_slot = scan.next;
  if (scan.empty()) return;
  const auto slot = scan.newest.back();
  scan.newest.pop_back();
  if (!scan.newest.empty() || scan.older_count > 0)
    record_missed(state, scan,
                  "overtaken by a later slot: the host was suspended or its clock jumped forward "
                  "to " + iso(now));
  mark(s.pipeline, slot);
  on_slot(state, slot);
}

void Scheduler::on_slot(State& state, sys_seconds slot) {
  const auto& s = state.schedule;
  if (!state.running && !state.pending) {
    queue(state, Job{s.pipeline, "schedule", slot, 0});
    return;
  }
  if (s.overlap == OverlapPolicy::kQueue && !state.pending) {
    log_info("pipeline " + s.pipeline + ": slot " + iso(slot) + " queued behind run #" +
             std::to_string(state.running_run_id) + " (overlap: queue)");
    queue(state, Job{s.pipeline, "schedule", slot, 0});
    return;
  }
  std::string reason;
  if (!state.running) {
    reason = "an earlier run of this pipeline was still waiting for a free slot "
             "(max_concurrent_pipelines " + std::to_string(max_concurrent_) + ")";
  } else if (s.overlap == OverlapPolicy::kSkip) {
    reason = "run #" + std::to_string(state.running_run_id) +
             " was still running (overlap: skip)";
  } else {
    reason = "run #" + std::to_string(state.running_run_id) +
             " was still running and another run was already queued (overlap: queue keeps "
             "one at most)";
  }
  try {
    auto id = ledger_.record_slot(s.pipeline, "skipped", slot, reason);
    emit(RunEvent{s.pipeline, "schedule", "skipped", id, slot, 1, reason, nullptr, 0, now()});
  } catch (const std::exception& e) {
    log_error("pipeline " + s.pipeline + ": cannot record a skipped slot: " + e.what());
  }
}

void Scheduler::poll() {
  Lock lock(mu_);
  poll_locked();
}

void Scheduler::poll_locked() {
  if (stopping_) return;
  const auto t = now();
  for (auto& [name, state] : states_) fire_due(state, t);
  start_ready_jobs();
}

void Scheduler::start_loop() {
  Lock lock(mu_);
  if (!loop_.joinable()) loop_ = std::thread([this] { loop(); });
}

void Scheduler::wake() {
  Lock lock(mu_);
  woken_ = true;
  changed_.notify_all();
}

void Scheduler::loop() {
  Lock lock(mu_);
  while (!quit_loop_) {
    poll_locked();
    std::chrono::system_clock::duration sleep = kMaxLoopSleep;
    const auto real_now = clock_.now();
    for (const auto& [name, state] : states_) {
      if (!state.next_slot || stopping_) continue;  // stopping: due slots stay due, unfired
      // +1 ms: waking a hair late is harmless, a hair early costs a pointless round.
      auto until = state.schedule.due(*state.next_slot) - real_now + std::chrono::milliseconds{1};
      sleep = std::clamp<std::chrono::system_clock::duration>(until, {}, sleep);
    }
    woken_ = false;
    changed_.wait_for(lock, sleep, [&] { return woken_ || quit_loop_; });
  }
}

}  // namespace tributary::host
