#pragma once
// What the vendor path and the admin endpoints share: the vendor modules with their budgets,
// counters and request sequence, and the fault settings that /_sandbox/faults changes at run time.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "tests/sandbox/fault_plan.h"
#include "tests/sandbox/rate_limiter.h"
#include "tests/sandbox/server_options.h"
#include "tests/sandbox/stats.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox {

struct VendorSlot {
  explicit VendorSlot(VendorApiPtr vendor_api)
      : api(std::move(vendor_api)), limiter(api->rate_windows()) {}

  VendorApiPtr api;
  RateLimiter limiter;
  VendorStats stats;
  std::atomic<std::uint64_t> sequence{0};  // numbers this vendor's requests for fault draws
};

class SandboxState {
 public:
  SandboxState(const ServerOptions& options, std::vector<VendorApiPtr> vendors);

  VendorSlot* find(std::string_view name) const;  // nullptr when no module has that name
  std::string vendor_list() const;                 // "justcall, copper", for error messages
  const std::vector<std::unique_ptr<VendorSlot>>& vendors() const { return vendors_; }

  FaultSettings faults() const;
  void set_faults(const FaultSettings& faults);

  std::uint64_t seed() const { return seed_; }
  std::chrono::system_clock::time_point now() const { return clock_(); }

  // Counters, fault sequences and rate-limit windows back to a fresh start.
  void reset();

  std::atomic<std::uint64_t> unrouted{0};  // requests no vendor module or admin endpoint served

 private:
  std::vector<std::unique_ptr<VendorSlot>> vendors_;
  mutable std::mutex faults_mutex_;
  FaultSettings faults_;
  std::uint64_t seed_;
  std::function<std::chrono::system_clock::time_point()> clock_;
};

}  // namespace tributary::sandbox
