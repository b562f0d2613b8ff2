#pragma once
// Runs every pipeline on its cron schedule, and on demand, under the serve policies:
// - a pipeline never runs twice at once; a slot that comes due while it runs (or waits) is
//   recorded `skipped` (overlap skip) or queued, one pending at most (overlap queue);
// - at start-up the slots missed while the host was down are recorded `missed`, and with
//   catch_up latest the newest of them runs once;
// - jitter delays a slot by a fixed, per-pipeline amount;
// - at most max_concurrent_pipelines runs at once; the others wait their turn in order.
// Time comes from an injectable clock: tests call poll() after moving a FixedClock, the loop
// thread sleeps on a condition variable until the next due time or wake().

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "host/serve/job.h"
#include "host/serve/pipeline_schedule.h"
#include "host/serve/slot_ledger.h"
#include "host/serve/slot_scan.h"
#include "host/store/store.h"
#include "tributary/sdk/services.h"

namespace tributary::host {

// Missed slots recorded one row each, newest first; older ones share one summary row.
inline constexpr std::size_t kMissedRowsKept = 100;

class Scheduler {
 public:
  Scheduler(Store& store, const sdk::Clock& clock, JobRunner runner, RunEventSink events);
  ~Scheduler();  // stops starting work and waits for the running jobs
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // The pipelines to run and the global cap. The first call is start-up (missed slots are
  // recorded, catch-up queued); later calls are reloads: a pipeline whose timing is unchanged
  // keeps its next slot and its running or queued job, a changed one starts afresh from now.
  void configure(std::vector<PipelineSchedule> schedules, int max_concurrent_pipelines);

  // Acts on every slot due by the clock's now, then starts what may start.
  void poll();
  // Starts the loop thread (poll, then sleep until the next due time or wake()).
  void start_loop();
  void wake();

  // Runs a pipeline now, under the overlap rule (busy: the running run's id).
  TriggerResult trigger(const std::string& pipeline);

  // Starts nothing more; queued jobs are dropped (a triggered one's row is closed `skipped`).
  void stop_starting();
  // Waits until no job runs; false on timeout.
  bool wait_idle(std::chrono::steady_clock::duration timeout);
  bool stopping() const;
  std::vector<std::int64_t> running_run_ids() const;
  std::vector<PipelineStatus> status() const;

 private:
  struct State {
    PipelineSchedule schedule;
    std::optional<std::chrono::sys_seconds> next_slot;
    bool running = false;
    std::int64_t running_run_id = 0;
    std::optional<Job> pending;
    std::uint64_t pending_seq = 0;
    bool removed = false;  // gone from the config; kept until its run ends
  };
  using Lock = std::unique_lock<std::mutex>;

  std::chrono::sys_seconds now() const;
  // scheduler.cc: slots
  void adopt(State& state, std::chrono::sys_seconds now, bool at_startup);
  void restart_timing(State& state, std::chrono::sys_seconds now);
  void record_missed(State& state, const SlotScan& scan, const std::string& reason);
  void fire_due(State& state, std::chrono::sys_seconds now);
  void on_slot(State& state, std::chrono::sys_seconds slot);
  void poll_locked();
  void mark(const std::string& pipeline, std::chrono::sys_seconds through);
  void loop();
  // scheduler_jobs.cc: jobs
  void queue(State& state, Job job);
  void drop_pending(State& state, const std::string& reason);
  void start_ready_jobs();
  void start_job(State& state);
  void run_job(Job job);
  void job_done(const Job& job, const JobResult& result, double seconds);
  void reap_finished_workers();
  void emit(RunEvent event);

  Store& store_;
  SlotLedger ledger_;
  const sdk::Clock& clock_;
  JobRunner runner_;
  RunEventSink events_;

  mutable std::mutex mu_;
  std::condition_variable changed_;
  std::map<std::string, State> states_;
  int max_concurrent_ = 1;
  int active_ = 0;
  std::uint64_t seq_ = 0;
  bool configured_ = false;
  bool stopping_ = false;
  bool quit_loop_ = false;
  bool woken_ = false;
  std::map<std::thread::id, std::thread> workers_;
  std::vector<std::thread::id> finished_;
  std::thread loop_;
};

}  // namespace tributary::host
