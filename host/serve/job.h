#pragma once
// The scheduler's vocabulary: a job (one run of one pipeline), what running it produced, and the
// events it reports for logs and metrics.

#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "host/server/api_backend.h"

namespace tributary::host {

struct Job {
  std::string pipeline;
  std::string trigger;                           // schedule | http
  std::optional<std::chrono::sys_seconds> slot;  // the cron slot a scheduled job is for
  std::int64_t run_id = 0;                       // its runs row, begun just before it starts
};

struct JobResult {
  std::string status;  // success | partial | failed
  boost::json::object summary;
};

// Runs one job to its end on a worker thread. Must return; may throw (the run is then failed).
// It leaves the runs row open: the scheduler writes its end once it has counted the run, so the
// row never says finished before the metrics do.
using JobRunner = std::function<JobResult(const Job&)>;

// Something worth a log line and a metric: a run that finished, or slots that did not run.
struct RunEvent {
  std::string pipeline;
  std::string trigger;
  std::string status;  // success | partial | failed | missed | skipped
  std::int64_t run_id = 0;
  std::optional<std::chrono::sys_seconds> slot;
  std::int64_t slots = 1;                        // missed/skipped: how many slots the row stands for
  std::string reason;                            // missed/skipped: why
  const boost::json::object* summary = nullptr;  // finished runs: the run summary
  double duration_seconds = 0;
  std::chrono::sys_seconds at{};                 // when it happened (scheduler clock)
};

using RunEventSink = std::function<void(const RunEvent&)>;

struct PipelineStatus {
  std::string pipeline;
  std::optional<std::chrono::sys_seconds> next_due;  // the next slot plus its jitter
  std::int64_t running_run_id = 0;
  bool pending = false;
};

}  // namespace tributary::host
