// The scheduler's job side: queueing, the global cap, worker threads, triggers and stopping.
#include <boost/json/serialize.hpp>

#include "host/core/logging.h"
#include "host/serve/scheduler.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

std::string describe(const Job& job) {
  std::string text = job.trigger;
  if (job.slot)
    text += ", slot " + sdk::format_iso8601_utc(job.slot->time_since_epoch().count());
  return text;
}

}  // namespace

void Scheduler::queue(State& state, Job job) {
  state.pending = std::move(job);
  state.pending_seq = ++seq_;
}

void Scheduler::drop_pending(State& state, const std::string& reason) {
  if (!state.pending) return;
  const Job job = std::move(*state.pending);
  state.pending.reset();
  if (job.run_id == 0) return;  // a slot not yet begun: nothing was promised to anyone
  boost::json::object summary{{"pipeline", job.pipeline}, {"trigger", job.trigger},
                              {"status", "skipped"}, {"reason", reason}};
  try {
    store_.finish_run(job.run_id, "skipped", now().time_since_epoch().count(),
                      boost::json::serialize(summary));
  } catch (const std::exception& e) {
    log_error("run #" + std::to_string(job.run_id) + ": cannot close it: " + e.what());
  }
  emit(RunEvent{job.pipeline, job.trigger, "skipped", job.run_id, job.slot, 1, reason, nullptr, 0,
                now()});
}

void Scheduler::start_ready_jobs() {
  while (!stopping_ && active_ < max_concurrent_) {
    State* next = nullptr;
    for (auto& [name, state] : states_) {
      if (state.pending && !state.running && (!next || state.pending_seq < next->pending_seq))
        next = &state;
    }
    if (next == nullptr) return;
    start_job(*next);
  }
}

void Scheduler::start_job(State& state) {
  Job job = std::move(*state.pending);
  state.pending.reset();
  if (job.run_id == 0) {
    try {
      job.run_id = store_.begin_run(job.pipeline, job.trigger, now().time_since_epoch().count());
    } catch (const std::exception& e) {
      log_error("pipeline " + job.pipeline + ": cannot record the start of a run, so it does "
                "not run: " + e.what());
      return;
    }
  }
  state.running = true;
  state.running_run_id = job.run_id;
  ++active_;
  log_info("run #" + std::to_string(job.run_id) + " of " + job.pipeline + " started (" +
           describe(job) + ")");
  std::thread worker([this, job] { run_job(job); });
  const auto id = worker.get_id();
  workers_.emplace(id, std::move(worker));
}

void Scheduler::run_job(Job job) {
  const auto started = std::chrono::steady_clock::now();
  JobResult result;
  try {
    result = runner_(job);
  } catch (const std::exception& e) {
    result = JobResult{"failed", {{"pipeline", job.pipeline}, {"error", e.what()}}};
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  job_done(job, result, seconds);
}

void Scheduler::job_done(const Job& job, const JobResult& result, double seconds) {
  Lock lock(mu_);
  // In this order, under the lock: whoever reads the runs row as finished finds the run already
  // counted in the metrics, and a trigger sent on seeing it finds the pipeline free.
  emit(RunEvent{job.pipeline, job.trigger, result.status, job.run_id, job.slot, 1, "",
                &result.summary, seconds, now()});
  try {
    store_.finish_run(job.run_id, result.status, now().time_since_epoch().count(),
                      boost::json::serialize(result.summary));
  } catch (const std::exception& e) {
    log_error("run #" + std::to_string(job.run_id) + ": cannot record its end: " + e.what());
  }
  --active_;
  auto it = states_.find(job.pipeline);
  if (it != states_.end()) {
    it->second.running = false;
    it->second.running_run_id = 0;
    if (it->second.removed) states_.erase(it);
  }
  reap_finished_workers();
  finished_.push_back(std::this_thread::get_id());
  start_ready_jobs();
  changed_.notify_all();
}

void Scheduler::reap_finished_workers() {
  for (auto id : finished_) {
    auto it = workers_.find(id);
    if (it == workers_.end()) continue;
    // A finished worker only has to return from job_done; it needs the lock no more.
    it->second.join();
    workers_.erase(it);
  }
  finished_.clear();
}

void Scheduler::emit(RunEvent event) {
  if (events_) events_(event);
}

TriggerResult Scheduler::trigger(const std::string& pipeline) {
  Lock lock(mu_);
  using Kind = TriggerResult::Kind;
  if (stopping_) return {Kind::kStopping, 0, false, "tributary is stopping; it starts no new runs"};
  auto it = states_.find(pipeline);
  if (it == states_.end() || it->second.removed) {
    return {Kind::kUnknownPipeline, 0, false, "there is no pipeline '" + pipeline + "'"};
  }
  auto& state = it->second;
  if (state.running) {
    return {Kind::kBusy, state.running_run_id, false,
            "pipeline '" + pipeline + "' is already running (run #" +
                std::to_string(state.running_run_id) + "); a pipeline never runs twice at once"};
  }
  if (state.pending) {
    return {Kind::kBusy, 0, false,
            "pipeline '" + pipeline + "' already has a run waiting for a free slot "
            "(max_concurrent_pipelines " + std::to_string(max_concurrent_) + ")"};
  }
  Job job{pipeline, "http", std::nullopt, 0};
  try {
    job.run_id = store_.begin_run(pipeline, "http", now().time_since_epoch().count());
  } catch (const std::exception& e) {
    return {Kind::kFailed, 0, false, std::string("cannot record the run: ") + e.what()};
  }
  const auto id = job.run_id;
  queue(state, std::move(job));
  start_ready_jobs();
  return {Kind::kAccepted, id, !state.running, "run #" + std::to_string(id) + " accepted"};
}

void Scheduler::stop_starting() {
  Lock lock(mu_);
  if (stopping_) return;
  stopping_ = true;
  for (auto& [name, state] : states_)
    drop_pending(state, "tributary stopped before this run could start");
  woken_ = true;
  changed_.notify_all();
}

bool Scheduler::wait_idle(std::chrono::steady_clock::duration timeout) {
  Lock lock(mu_);
  return changed_.wait_for(lock, timeout, [&] { return active_ == 0; });
}

bool Scheduler::stopping() const {
  Lock lock(mu_);
  return stopping_;
}

std::vector<std::int64_t> Scheduler::running_run_ids() const {
  Lock lock(mu_);
  std::vector<std::int64_t> ids;
  for (const auto& [name, state] : states_)
    if (state.running) ids.push_back(state.running_run_id);
  return ids;
}

std::vector<PipelineStatus> Scheduler::status() const {
  Lock lock(mu_);
  std::vector<PipelineStatus> out;
  for (const auto& [name, state] : states_) {
    if (state.removed) continue;
    PipelineStatus s{name, std::nullopt, state.running_run_id, state.pending.has_value()};
    if (state.next_slot) s.next_due = state.schedule.due(*state.next_slot);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tributary::host
