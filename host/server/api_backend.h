#pragma once
// What the HTTP API needs from the running host. `tributary serve` implements it over the
// scheduler and the store; tests implement it over whatever they like.

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "host/store/store.h"

namespace tributary::host {

struct TriggerResult {
  enum class Kind { kAccepted, kBusy, kUnknownPipeline, kStopping, kFailed };
  Kind kind = Kind::kFailed;
  std::int64_t run_id = 0;  // accepted: the new run; busy: the running run (0 while none runs)
  bool queued = false;      // accepted, waiting for a free slot under max_concurrent_pipelines
  std::string message;
};

class ApiBackend {
 public:
  virtual ~ApiBackend() = default;

  // Runs a pipeline now, under its overlap rule.
  virtual TriggerResult trigger(const std::string& pipeline) = 0;
  // Prometheus text exposition format.
  virtual std::string metrics_text() = 0;
  // {"status": "ok" | "stopping", ...}; "stopping" answers 503.
  virtual boost::json::object health() = 0;
  virtual std::vector<RunRow> runs(const std::optional<std::string>& pipeline, int limit) = 0;
  virtual std::optional<RunRow> run(std::int64_t id) = 0;
};

}  // namespace tributary::host
