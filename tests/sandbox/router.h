#pragma once
// Turns a parsed request into a response: /_sandbox/... to the admin endpoints, anything else to
// the vendor module named by the first path segment, wrapped in the common behaviours (rate
// budget, latency, injected faults, stats).

#include <chrono>

#include "tests/sandbox/admin.h"
#include "tests/sandbox/message.h"
#include "tests/sandbox/sandbox_state.h"

namespace tributary::sandbox {

struct Routed {
  Response response;
  std::chrono::milliseconds delay{0};  // how long the transport waits before sending it
};

class Router {
 public:
  explicit Router(SandboxState& state) : state_(state), admin_(state) {}

  // Never throws: whatever goes wrong becomes a 4xx/5xx that says what and where.
  // `request.target` must be set; the router fills path, query and subpath.
  Routed route(Request request) noexcept;

 private:
  Routed route_vendor(VendorSlot& slot, const Request& request);
  Response vendor_response(VendorSlot& slot, const Request& request, const FaultDecision& decision,
                           const RateLimitStatus& rate);

  SandboxState& state_;
  AdminApi admin_;
};

}  // namespace tributary::sandbox
