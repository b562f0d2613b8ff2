#pragma once
// `tributary serve` as an object: the current config generation, the scheduler that runs its
// pipelines, the metrics, and the ApiBackend the HTTP server answers from. Reload swaps the
// generation atomically (a bad config leaves the running one in place); stop drains gracefully.

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "host/serve/host_generation.h"
#include "host/serve/scheduler.h"
#include "host/serve/serve_metrics.h"
#include "host/server/api_backend.h"

namespace tributary::host {

class ServeService final : public ApiBackend {
 public:
  ServeService(std::shared_ptr<Store> store, const sdk::Clock& clock, std::string config_dir);
  ~ServeService() override;

  // Adopts the first generation: closes serve runs a killed process left `running`, seeds the
  // last-success gauge from history, records missed slots and starts the scheduler loop.
  void start(Generation first);
  // Loads the config directory again. A config with errors is logged and the running one stays;
  // returns whether the new one was adopted.
  bool reload();
  // Starts nothing more; waits up to `grace` for runs in flight, then asks their connectors to
  // stop and waits up to `wind_down`. Returns the runs still unfinished after that.
  std::vector<std::int64_t> stop(std::chrono::steady_clock::duration grace,
                                 std::chrono::steady_clock::duration wind_down);

  std::shared_ptr<HostContext> current() const;

  TriggerResult trigger(const std::string& pipeline) override;
  std::string metrics_text() override;
  boost::json::object health() override;
  std::vector<RunRow> runs(const std::optional<std::string>& pipeline, int limit) override;
  std::optional<RunRow> run(std::int64_t id) override;

 private:
  JobResult run_job(const Job& job);
  // `reload_outcome` (when given) becomes last_reload together with the new generation number.
  void adopt(Generation g, boost::json::object reload_outcome = {});
  void on_event(const RunEvent& event);
  void close_abandoned_runs();
  void seed_last_success(const Config& config);

  std::shared_ptr<Store> store_;
  const sdk::Clock& clock_;
  std::string config_dir_;
  ServeMetrics metrics_;
  mutable std::mutex mu_;
  std::mutex reload_mu_;
  std::shared_ptr<HostContext> current_;
  std::vector<std::weak_ptr<HostContext>> generations_;  // alive while a run holds them
  int generation_number_ = 0;
  boost::json::object last_reload_;
  std::unique_ptr<Scheduler> scheduler_;  // last: stopped and joined first
};

}  // namespace tributary::host
