#pragma once
// A scheduler on a real SQLite store in a temp dir, a FixedClock and a FakeRunner.

#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "host/core/system_clock.h"
#include "host/serve/scheduler.h"
#include "host/serve/serve_metrics.h"
#include "tests/serve/fake_runner.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {

struct PipelineSpec {
  std::string name;
  std::string cron;
  std::string timezone = "UTC";
  std::string overlap = "skip";
  std::string catch_up = "none";
  int jitter_seconds = 0;
};

std::chrono::sys_seconds at(const std::string& iso);
std::string iso(std::chrono::sys_seconds t);
std::string iso(std::int64_t unix_seconds);

// The schedules compile_schedules makes of these pipelines (organisation zone UTC).
std::vector<host::PipelineSchedule> schedules(const std::vector<PipelineSpec>& specs);

class SchedulerTest : public ::testing::Test {
 protected:
  SchedulerTest();
  ~SchedulerTest() override;

  // A new scheduler on the same store (a restart); the previous one is stopped first.
  host::Scheduler& restart();
  void set_time(const std::string& iso_instant);
  void poll_at(const std::string& iso_instant);
  // The pipeline's rows, oldest first.
  std::vector<host::RunRow> rows(const std::string& pipeline);
  std::vector<host::RunRow> rows_with_status(const std::string& pipeline, const std::string& status);
  std::vector<host::RunEvent> events();

  TempDir dir_;
  host::StorePtr store_;
  host::FixedClock clock_;
  FakeRunner runner_;
  host::ServeMetrics metrics_;  // every event is folded in, as serve does
  std::unique_ptr<host::Scheduler> scheduler_;

 private:
  std::mutex mu_;
  std::vector<host::RunEvent> events_;
};

}  // namespace tributary::testing
