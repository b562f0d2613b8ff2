#include "host/serve/serve_service.h"

#include <boost/json/serialize.hpp>
#include <cstdio>

#include "host/core/logging.h"
#include "host/runner/pipeline_runner.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

std::int64_t unix_now(const sdk::Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

std::string iso(std::chrono::sys_seconds t) {
  return sdk::format_iso8601_utc(t.time_since_epoch().count());
}

// How many recent rows start-up looks through for abandoned runs and the last success.
constexpr int kHistoryScan = 1000;

}  // namespace

ServeService::ServeService(std::shared_ptr<Store> store, const sdk::Clock& clock,
                           std::string config_dir)
    : store_(std::move(store)),
      clock_(clock),
      config_dir_(std::move(config_dir)),
      scheduler_(std::make_unique<Scheduler>(
          *store_, clock_, [this](const Job& job) { return run_job(job); },
          [this](const RunEvent& e) { on_event(e); })) {}

ServeService::~ServeService() { scheduler_.reset(); }

std::shared_ptr<HostContext> ServeService::current() const {
  std::lock_guard lock(mu_);
  return current_;
}

void ServeService::start(Generation first) {
  close_abandoned_runs();
  seed_last_success(first.host->config);
  adopt(std::move(first));
  scheduler_->start_loop();
}

void ServeService::close_abandoned_runs() {
  // Rows a killed serve left `running` would claim forever that something runs. CLI runs may
  // really be running in another process, so only serve's own triggers are closed.
  for (const auto& r : store_->runs(std::nullopt, kHistoryScan)) {
    if (r.status != "running" || (r.trigger != "schedule" && r.trigger != "http")) continue;
    json::object summary{{"pipeline", r.pipeline}, {"trigger", r.trigger}, {"status", "failed"},
                         {"error", "tributary stopped before this run finished; it was still "
                                   "marked running when serve started again"}};
    store_->finish_run(r.id, "failed", unix_now(clock_), json::serialize(summary));
    log_warn("run #" + std::to_string(r.id) + " of " + r.pipeline +
             " was left running by a previous process; closed as failed");
  }
}

void ServeService::seed_last_success(const Config& config) {
  for (const auto& p : config.pipelines) {
    for (const auto& r : store_->runs(p.name, kHistoryScan)) {
      if (r.status != "success") continue;
      metrics_.set_last_success(p.name, r.ended_at);
      break;
    }
  }
}

void ServeService::adopt(Generation g, json::object reload_outcome) {
  g.host->store->sync_users(g.host->config.users, unix_now(clock_));
  const int cap = g.host->config.host.max_concurrent_pipelines;
  {
    // One critical section: nobody sees the new generation number with the old pipelines, and
    // a job the scheduler starts for a new pipeline finds the new generation.
    std::lock_guard lock(mu_);
    current_ = g.host;
    std::erase_if(generations_, [](const auto& w) { return w.expired(); });
    generations_.push_back(g.host);
    ++generation_number_;
    if (!reload_outcome.empty()) last_reload_ = std::move(reload_outcome);
    scheduler_->configure(std::move(g.schedules), cap);
  }
  std::string names;
  for (const auto& p : g.host->config.pipelines) names += (names.empty() ? "" : ", ") + p.name;
  log_info("configuration " + std::to_string(generation_number_) + " from " +
           g.host->config.dir + " in effect: pipelines " + (names.empty() ? "(none)" : names));
}

bool ServeService::reload() {
  std::lock_guard reload_lock(reload_mu_);
  log_info("reloading the configuration from " + config_dir_);
  auto g = load_generation(config_dir_, store_, clock_);
  json::object outcome{{"at", sdk::format_iso8601_utc(unix_now(clock_))}};
  if (!g.errors.empty()) {
    for (const auto& e : g.errors) log_error(e);
    log_error("configuration rejected (" + std::to_string(g.errors.size()) +
              " error(s)); the previous configuration keeps running");
    json::array errors;
    for (const auto& e : g.errors) errors.push_back(json::string(e));
    outcome["ok"] = false;
    outcome["errors"] = std::move(errors);
    std::lock_guard lock(mu_);
    last_reload_ = std::move(outcome);
    return false;
  }
  const auto old = current();
  // The vendors' limits do not reset because the config did: pacing carries on where it was.
  if (old) {
    g.host->budgets = old->budgets;
    g.host->budgets->begin_generation();
  }
  if (old && (old->config.host.store.path != g.host->config.host.store.path ||
              old->config.host.store.driver != g.host->config.host.store.driver))
    log_warn("the store settings changed; serve keeps the store it opened until it restarts");
  if (old && old->config.host.http.listen != g.host->config.host.http.listen)
    log_warn("http.listen changed; the server keeps its address until serve restarts");
  outcome["ok"] = true;
  adopt(std::move(g), std::move(outcome));
  return true;
}

JobResult ServeService::run_job(const Job& job) {
  auto host = current();  // the run keeps its generation alive, whatever reloads happen
  RunOptions options;
  options.pipeline = job.pipeline;
  options.trigger = job.trigger;
  options.run_id = job.run_id;
  options.finish_row = false;  // the scheduler does, once the run is counted
  auto report = run_pipeline(*host, options);
  if (report.status != "config_error") return JobResult{report.status, report.summary};
  std::string error = report.error;
  for (const auto& e : report.config_errors) error += (error.empty() ? "" : "; ") + e.to_string();
  return JobResult{"failed",
                   {{"pipeline", job.pipeline}, {"trigger", job.trigger}, {"status", "failed"},
                    {"error", error}}};
}

void ServeService::on_event(const RunEvent& e) {
  metrics_.observe(e);
  if (e.status == "missed" || e.status == "skipped") {
    std::string what = e.slot ? "slot " + iso(*e.slot) : "run #" + std::to_string(e.run_id);
    if (e.slots > 1) what = std::to_string(e.slots) + " slots from " + iso(*e.slot);
    log_warn("pipeline " + e.pipeline + ": " + what + " " + e.status + ": " + e.reason);
    return;
  }
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", e.duration_seconds);
  std::string line = "run #" + std::to_string(e.run_id) + " of " + e.pipeline + " (" + e.trigger +
                     "): " + e.status + " in " + seconds + " s";
  if (e.summary) {
    if (const auto* err = e.summary->if_contains("error"); err && err->is_string())
      line += ": " + std::string(err->as_string());
  }
  if (e.status == "success") log_info(line);
  else log_warn(line);
}

std::vector<std::int64_t> ServeService::stop(std::chrono::steady_clock::duration grace,
                                             std::chrono::steady_clock::duration wind_down) {
  scheduler_->stop_starting();
  if (scheduler_->wait_idle(grace)) return {};
  log_warn("runs still in flight after the grace period; asking their connectors to stop");
  {
    std::lock_guard lock(mu_);
    for (const auto& w : generations_)
      if (auto host = w.lock()) host->stop_requested = true;
  }
  if (scheduler_->wait_idle(wind_down)) return {};
  return scheduler_->running_run_ids();
}

TriggerResult ServeService::trigger(const std::string& pipeline) {
  return scheduler_->trigger(pipeline);
}

std::string ServeService::metrics_text() {
  std::map<std::string, bool> running;
  for (const auto& s : scheduler_->status()) running[s.pipeline] = s.running_run_id != 0;
  return metrics_.render(running);
}

json::object ServeService::health() {
  json::object h;
  h["status"] = scheduler_->stopping() ? "stopping" : "ok";
  json::array pipelines;
  for (const auto& s : scheduler_->status()) {
    json::object p{{"name", s.pipeline}, {"queued", s.pending}};
    p["next_due"] = s.next_due ? json::value(iso(*s.next_due)) : json::value(nullptr);
    p["running_run_id"] = s.running_run_id ? json::value(s.running_run_id) : json::value(nullptr);
    pipelines.push_back(std::move(p));
  }
  h["pipelines"] = std::move(pipelines);
  std::lock_guard lock(mu_);
  h["config_generation"] = generation_number_;
  if (!last_reload_.empty()) h["last_reload"] = last_reload_;
  return h;
}

std::vector<RunRow> ServeService::runs(const std::optional<std::string>& pipeline, int limit) {
  return store_->runs(pipeline, limit);
}

std::optional<RunRow> ServeService::run(std::int64_t id) { return store_->run(id); }

}  // namespace tributary::host
