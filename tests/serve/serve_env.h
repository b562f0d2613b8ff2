#pragma once
// A private copy of the demo config, a private sandbox and store, and `tributary serve` started
// on it with an ephemeral HTTP port — for one end-to-end test.

#include <boost/json.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/http_get.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/sqlite_reader.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {

inline constexpr const char* kTriggerSecret = "e2e-trigger-secret";

class ServeEnv {
 public:
  explicit ServeEnv(const std::vector<std::string>& sandbox_flags = {});
  ~ServeEnv();

  std::string config_dir() const { return dir_.file("config"); }
  std::string pipeline_file() const { return config_dir() + "/pipelines/sales-metrics.yaml"; }
  std::string db() const { return dir_.file("store.db"); }
  Env env() const;
  SandboxProcess& sandbox() { return *sandbox_; }

  // `tributary --config <dir> args...`
  ProcessResult tributary(const std::vector<std::string>& args) const;

  // Replaces the fixture's every-ten-minutes schedule with a daily UTC one twelve hours away
  // from `now`, so that no scheduled run can start while a test that is not about the clock
  // runs. Returns the new cron expression.
  std::string quiet_schedule(
      std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

  // Starts `tributary serve` and waits until GET /healthz answers 200.
  void start_serve(const std::vector<std::string>& extra_flags = {});
  void signal(int sig);
  ProcessResult finish_serve(std::chrono::milliseconds timeout = std::chrono::seconds(60));
  bool serving() { return serve_ && serve_->running(); }

  std::string url(const std::string& path) const;
  HttpResult trigger(const std::string& pipeline = "sales-metrics",
                     const std::string& auth = std::string("Bearer ") + kTriggerSecret) const;
  boost::json::value health() const;
  // Polls GET /api/runs/{id} until the run is no longer running; its JSON.
  boost::json::value wait_for_run(std::int64_t id, std::chrono::milliseconds timeout) const;
  std::vector<Row> query(const std::string& sql) const { return sqlite_query(db(), sql); }

 private:
  TempDir dir_;
  std::unique_ptr<SandboxProcess> sandbox_;
  std::unique_ptr<BackgroundProcess> serve_;
  int port_ = 0;
};

boost::json::value parse_json(const std::string& text);

}  // namespace tributary::testing
