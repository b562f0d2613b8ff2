#pragma once
// A minimal vendor module ("/echo") for testing the server's common behaviours apart from any
// real vendor: it answers {"method","subpath","query"} and counts nothing itself.

#include <vector>

#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::testing {

class EchoVendor : public VendorApi {
 public:
  explicit EchoVendor(std::vector<RateWindowSpec> windows = {}) : windows_(std::move(windows)) {}

  std::string_view prefix() const override { return "/echo"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<RateWindowSpec> rate_windows() const override { return windows_; }
  void add_rate_headers(const Request& request, const RateLimitStatus& status,
                        Response& response) const override;

 private:
  std::vector<RateWindowSpec> windows_;
};

std::vector<VendorApiPtr> echo_vendor(std::vector<RateWindowSpec> windows = {});

}  // namespace tributary::sandbox::testing
