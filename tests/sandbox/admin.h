#pragma once
// The /_sandbox/... endpoints: health, stats, fault settings, expected totals and the vendor
// modules' test-only mutations. They bypass latency, faults and rate limits.

#include "tests/sandbox/message.h"
#include "tests/sandbox/sandbox_state.h"

namespace tributary::sandbox {

class AdminApi {
 public:
  explicit AdminApi(SandboxState& state) : state_(state) {}

  // Throws BadRequest for a wrong query or body.
  Response handle(const Request& request);

 private:
  Response stats() const;
  Response faults(const Request& request);
  Response expected(std::string_view vendor, const Request& request);
  Response vendor_action(std::string_view vendor, std::string_view action, const Request& request);
  VendorSlot& vendor(std::string_view name) const;

  SandboxState& state_;
};

// The sandbox's own error body (vendor paths use the vendor's format instead).
Response sandbox_error(int status, std::string_view message);

}  // namespace tributary::sandbox
