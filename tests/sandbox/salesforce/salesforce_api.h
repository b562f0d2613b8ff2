#pragma once
// The Salesforce REST fake: the OAuth token endpoint (refresh_token grant, instance_url in the
// answer), SOQL queries over Contact and Lead with nextRecordsUrl paging and
// Sforce-Query-Options batch sizes, sessions that expire (401 INVALID_SESSION_ID), the daily
// allocation (403 REQUEST_LIMIT_EXCEEDED) with Sforce-Limit-Info on every answer, error arrays,
// and the admin actions touch, add-record, expire-sessions and set-remaining.
// See docs/connectors/salesforce.md, "Sandbox".

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/salesforce/record_store.h"
#include "tests/sandbox/salesforce/sessions.h"
#include "tests/sandbox/salesforce/settings.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::salesforce {

class SalesforceApi : public VendorApi {
 public:
  SalesforceApi(const DatasetOptions& dataset, Settings settings);

  std::string_view prefix() const override { return "/salesforce"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<std::string_view> admin_actions() const override {
    return {"touch", "add-record", "expire-sessions", "set-remaining"};
  }
  Response admin(std::string_view action, const Request& request) override;

  const Sessions& sessions() const { return sessions_; }

 private:
  Response api(const Request& request);
  Response query(const Request& request);
  Response more(const Request& request, std::string_view locator_and_offset);
  Response page(const QueryResult& result, std::size_t offset, std::size_t batch) const;
  std::int64_t now_s() const;

  DatasetOptions dataset_;
  Settings settings_;
  RecordStore store_;
  Sessions sessions_;
  Allocation allocation_;
};

VendorApiPtr make_salesforce(const DatasetOptions& dataset, const Settings& settings);

}  // namespace tributary::sandbox::salesforce
