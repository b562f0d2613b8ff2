#pragma once
// Counters a test or benchmark reads back through GET /_sandbox/stats to check that the faults
// it asked for really happened and how its client reacted.

#include <atomic>
#include <cstdint>

#include <boost/json/object.hpp>

namespace tributary::sandbox {

struct VendorStats {
  std::atomic<std::uint64_t> requests{0};  // vendor requests received, whatever the outcome
  std::atomic<std::uint64_t> injected_429{0};
  std::atomic<std::uint64_t> injected_500{0};
  std::atomic<std::uint64_t> injected_slow{0};
  std::atomic<std::uint64_t> injected_truncated{0};
  std::atomic<std::uint64_t> rate_limited_429{0};  // refused because the vendor budget was spent

  boost::json::object to_json() const;
  void reset();
};

}  // namespace tributary::sandbox
