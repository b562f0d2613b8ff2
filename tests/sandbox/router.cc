#include "tests/sandbox/router.h"

#include <exception>
#include <string>

namespace tributary::sandbox {
namespace {

constexpr std::string_view kAdminRoot = "/_sandbox";

bool is_under(std::string_view path, std::string_view prefix) {
  return path.starts_with(prefix) && (path.size() == prefix.size() || path[prefix.size()] == '/');
}

std::string_view first_segment(std::string_view path) {
  path.remove_prefix(path.starts_with('/') ? 1 : 0);
  return path.substr(0, path.find('/'));
}

}  // namespace

Routed Router::route(Request request) noexcept {
  try {
    parse_target(request.target, request);
    if (is_under(request.path, kAdminRoot)) return {admin_.handle(request)};
    if (auto* slot = state_.find(first_segment(request.path))) {
      request.subpath = request.path.substr(slot->api->prefix().size());
      return route_vendor(*slot, request);
    }
    ++state_.unrouted;
    return {sandbox_error(404, "no vendor module serves " + request.path +
                                   "; the first path segment names the vendor (" + state_.vendor_list() +
                                   ") or is _sandbox for the admin endpoints")};
  } catch (const BadRequest& e) {
    return {sandbox_error(400, e.what())};
  } catch (const std::exception& e) {
    return {sandbox_error(500, std::string("tributary-sandbox failed on ") + request.target + ": " + e.what())};
  } catch (...) {
    return {sandbox_error(500, "tributary-sandbox failed on " + request.target + " (unknown exception)")};
  }
}

Routed Router::route_vendor(VendorSlot& slot, const Request& request) {
  auto sequence = slot.sequence.fetch_add(1);
  ++slot.stats.requests;
  auto decision = decide_faults(state_.faults(), state_.seed(), slot.api->name(), sequence);
  if (decision.slow) ++slot.stats.injected_slow;

  auto rate = slot.limiter.admit(state_.now());
  auto response = vendor_response(slot, request, decision, rate);
  slot.api->add_rate_headers(request, rate, response);
  return {std::move(response), decision.delay};
}

Response Router::vendor_response(VendorSlot& slot, const Request& request, const FaultDecision& decision,
                                 const RateLimitStatus& rate) {
  auto& api = *slot.api;
  if (!rate.allowed) {
    ++slot.stats.rate_limited_429;
    return api.error(429, "Too many requests");
  }
  if (decision.status == 429) {
    ++slot.stats.injected_429;
    auto response = api.error(429, "Too many requests");
    response.set_header("Retry-After", "1");
    return response;
  }
  if (decision.status == 500) {
    ++slot.stats.injected_500;
    return api.error(500, "Internal server error (injected by tributary-sandbox)");
  }

  Response response;
  try {
    response = api.handle(request);
  } catch (const BadRequest& e) {
    return api.error(400, e.what());
  } catch (const std::exception& e) {
    return api.error(500, "tributary-sandbox " + std::string(api.name()) + " module failed on " +
                              request.target + ": " + e.what());
  }
  if (decision.truncate && response.body.size() >= 2) {
    ++slot.stats.injected_truncated;
    response.body.resize(response.body.size() / 2);
  }
  return response;
}

}  // namespace tributary::sandbox
