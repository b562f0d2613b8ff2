#include "tests/sandbox/testing/test_vendor.h"

#include <string>

#include <boost/json/object.hpp>

namespace tributary::sandbox::testing {

Response EchoVendor::handle(const Request& request) {
  boost::json::object query;
  for (const auto& [name, value] : request.query) query[name] = value;
  return Response::json(200, boost::json::object{{"method", request.method},
                                                 {"subpath", request.subpath},
                                                 {"query", query},
                                                 {"padding", std::string(64, 'x')}});
}

boost::json::value EchoVendor::expected(const QueryParams& query) {
  if (!query.contains("n")) throw BadRequest("echo expected needs n");
  return boost::json::object{{"n", query.at("n")}};
}

Response EchoVendor::error(int status, std::string_view message) const {
  return Response::json(status, boost::json::object{{"echo_error", message}});
}

void EchoVendor::add_rate_headers(const Request& /*request*/, const RateLimitStatus& status,
                                  Response& response) const {
  for (std::size_t i = 0; i < status.windows.size(); ++i) {
    response.set_header("X-Echo-Remaining-" + std::to_string(i), std::to_string(status.windows[i].remaining));
  }
}

std::vector<VendorApiPtr> echo_vendor(std::vector<RateWindowSpec> windows) {
  std::vector<VendorApiPtr> vendors;
  vendors.push_back(std::make_unique<EchoVendor>(std::move(windows)));
  return vendors;
}

}  // namespace tributary::sandbox::testing
