#pragma once
// The Copper developer API v1 fake under /copper/developer_api/v1: the four X-PW-* /
// Content-Type headers or 401, POST searches answering bare arrays with X-PW-TOTAL, GET
// /activity_types grouped by category, /pipelines and /pipeline_stages, /account, /users/me,
// Copper's 180 requests per minute, and errors as {"message": ...}. Admin actions:
// delete-activities?user_id=&date= (account-local date) and restore-activities.

#include "tests/sandbox/copper/copper_data.h"
#include "tests/sandbox/copper/settings.h"
#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::copper {

inline constexpr std::string_view kApiRoot = "/developer_api/v1";

class CopperApi : public VendorApi {
 public:
  CopperApi(const DatasetOptions& dataset, Settings settings);

  std::string_view prefix() const override { return "/copper"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<RateWindowSpec> rate_windows() const override;
  std::vector<std::string_view> admin_actions() const override {
    return {"delete-activities", "restore-activities"};
  }
  Response admin(std::string_view action, const Request& request) override;

  const CopperData& data() const { return data_; }

 private:
  // Empty when the request may proceed, else why not (a 401 message).
  std::string auth_problem(const Request& request) const;
  Response get(std::string_view path) const;
  Response post(std::string_view path, const Request& request) const;

  Settings settings_;
  CopperData data_;
};

VendorApiPtr make_copper(const DatasetOptions& dataset, const Settings& settings);

}  // namespace tributary::sandbox::copper
