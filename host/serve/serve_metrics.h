#pragma once
// The figures GET /metrics shows, folded from the scheduler's run events (and so from the run
// summaries): runs by pipeline and status, run durations, records written and metric rows
// changed, HTTP requests/retries/throttling per connector, the last success per pipeline.
// Counters start at zero with the process, as Prometheus expects.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

#include "host/serve/job.h"

namespace tributary::host {

// Upper bounds of the run duration histogram, in seconds.
inline constexpr std::array<double, 10> kRunDurationBuckets{1,   5,   15,  30,   60,
                                                            120, 300, 600, 1800, 3600};

class ServeMetrics {
 public:
  void observe(const RunEvent& event);
  // Seeds the gauge from run history, so a restart does not forget the last success.
  void set_last_success(const std::string& pipeline, std::int64_t unix_seconds);
  // `running`: pipeline -> whether a run is in progress now.
  std::string render(const std::map<std::string, bool>& running) const;

 private:
  using PipelineConnector = std::pair<std::string, std::string>;
  struct Histogram {
    std::array<std::uint64_t, kRunDurationBuckets.size()> buckets{};  // not cumulative
    double sum = 0;
    std::uint64_t count = 0;
  };
  struct Http {
    std::int64_t requests = 0, retries = 0, throttled = 0;
  };

  void fold_summary(const std::string& pipeline, const boost::json::object& summary);

  mutable std::mutex mu_;
  std::map<std::pair<std::string, std::string>, std::int64_t> runs_;  // (pipeline, status)
  std::map<std::string, Histogram> durations_;
  std::map<PipelineConnector, std::int64_t> records_written_;
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> rows_;  // + change
  std::map<PipelineConnector, Http> http_;
  std::map<std::string, std::int64_t> last_success_;
};

}  // namespace tributary::host
