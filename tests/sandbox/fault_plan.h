#pragma once
// Which faults a vendor request gets. Each kind is an independent draw hashed from
// (seed, vendor, request sequence number), so a run with the same seed and the same order of
// requests meets the same faults.

#include <chrono>
#include <cstdint>
#include <string_view>

#include <boost/json/object.hpp>

namespace tributary::sandbox {

struct FaultSettings {
  std::int64_t latency_ms = 0;  // added to every vendor request
  double p429 = 0.0;            // injected 429 with Retry-After: 1
  double p500 = 0.0;
  double p_slow = 0.0;          // adds slow_ms on top of latency_ms
  std::int64_t slow_ms = 2000;
  double p_truncate = 0.0;      // body cut in the middle (Content-Length matches the cut body)
};

struct FaultDecision {
  int status = 0;  // 429 or 500 when injected, else 0 (429 wins over 500 when both draw)
  bool slow = false;
  bool truncate = false;  // only meaningful when status == 0
  std::chrono::milliseconds delay{0};
};

FaultDecision decide_faults(const FaultSettings& settings, std::uint64_t seed,
                            std::string_view vendor, std::uint64_t sequence);

// Applies a partial update such as {"fault_429":0.5,"latency_ms":20}; the keys are the binary's
// flag names with '_' for '-'. Throws BadRequest naming the key for an unknown key or a value
// out of range; `settings` is unchanged then.
void update_faults(FaultSettings& settings, const boost::json::object& update);

boost::json::object faults_to_json(const FaultSettings& settings);

}  // namespace tributary::sandbox
