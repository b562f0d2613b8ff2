#pragma once
// The JustCall v2.1 fake: GET /justcall/v2.1/users and /justcall/v2.1/calls with the v2.1
// envelope, key:secret or Basic auth, X-Rate-Limit-* headers, and the admin actions hide-calls
// and unhide-calls.

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/justcall/call_store.h"
#include "tests/sandbox/justcall/settings.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::justcall {

class JustCallApi : public VendorApi {
 public:
  JustCallApi(const DatasetOptions& dataset, Settings settings);

  std::string_view prefix() const override { return "/justcall"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<RateWindowSpec> rate_windows() const override;
  void add_rate_headers(const Request& request, const RateLimitStatus& status,
                        Response& response) const override;
  std::vector<std::string_view> admin_actions() const override { return {"hide-calls", "unhide-calls"}; }
  Response admin(std::string_view action, const Request& request) override;

  const CallStore& store() const { return store_; }

 private:
  Response users(const Request& request) const;
  Response calls(const Request& request) const;

  DatasetOptions dataset_;
  Settings settings_;
  CallStore store_;
};

VendorApiPtr make_justcall(const DatasetOptions& dataset, const Settings& settings);

}  // namespace tributary::sandbox::justcall
