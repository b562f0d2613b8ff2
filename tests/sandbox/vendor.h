#pragma once
// The extension point: one VendorApi per fake provider. The server routes every request whose
// first path segment is the vendor's prefix to handle(), and wraps it in the common behaviours
// (latency, fault injection, the vendor's rate budget, stats). A vendor module supplies only
// what differs between providers: its endpoints, its error body, its rate-limit headers, its
// expected totals and its test-only mutations. See README.md, "Adding a vendor module".

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "tests/sandbox/message.h"
#include "tests/sandbox/rate_limiter.h"

namespace tributary::sandbox {

class VendorApi {
 public:
  virtual ~VendorApi() = default;

  // "/justcall": the first path segment. Its text after the slash ("justcall") names the vendor
  // in /_sandbox/stats, /_sandbox/expected/<name> and /_sandbox/<name>/<action>.
  virtual std::string_view prefix() const = 0;
  std::string_view name() const { return prefix().substr(1); }

  // Serves one vendor request (request.subpath is the path below the prefix). Called from
  // several threads at once; must not throw for anything a client can send.
  virtual Response handle(const Request& request) = 0;

  // The exact totals the served data implies for the query (for JustCall: from, to, tz).
  // Throws BadRequest when the query is wrong.
  virtual boost::json::value expected(const QueryParams& query) = 0;

  // The vendor's own error body for a status, used for injected faults and rate limiting.
  virtual Response error(int status, std::string_view message) const = 0;

  // The vendor's request budget; empty means unlimited.
  virtual std::vector<RateWindowSpec> rate_windows() const { return {}; }

  // Adds the vendor's quota headers (e.g. X-Rate-Limit-*) to its response to `request`.
  virtual void add_rate_headers(const Request& /*request*/, const RateLimitStatus& /*status*/,
                                Response& /*response*/) const {}

  // POST /_sandbox/<name>/<action>: test-only mutations of the served data. Called only for an
  // action listed in admin_actions(). Throws BadRequest when the query is wrong.
  virtual std::vector<std::string_view> admin_actions() const { return {}; }
  virtual Response admin(std::string_view action, const Request& request) {
    (void)request;
    throw BadRequest("vendor has no admin action '" + std::string(action) + "'");
  }
};

using VendorApiPtr = std::unique_ptr<VendorApi>;

}  // namespace tributary::sandbox
