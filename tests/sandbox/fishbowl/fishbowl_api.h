#pragma once
// The Fishbowl Advanced REST fake under /fishbowl: POST /api/login (app name/id, user,
// password, optional mfaCode) -> {"token", "user"}; POST /api/logout; GET /api/data-query with
// ?query=<SQL> (or the SQL as the body), answered by really running the SQL subset of
// sql_query.h over the generated tables. Every logged-in session holds a licence seat until it
// logs out. Errors are {"message": ...}. Admin actions (POST /_sandbox/fishbowl/<action>):
//   seats                      the seat ledger (held sessions, logins, logouts, pending apps)
//   expire-sessions            forget every session, as the server's own timeout would
//   fail-queries?count=N&status=500   the next N data-queries answer that status
//   require-approval?on=true|false    new integrated apps must be approved before they log in
//   approve-app?name=APP              approve one
//   require-mfa?code=123456           logins need that mfaCode (no code: MFA off)
//   export-csv?format=sales_order|table[&from=YYYY-MM-DD&to=YYYY-MM-DD]   the orders as CSV

#include <memory>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/fishbowl/order_book.h"
#include "tests/sandbox/fishbowl/sessions.h"
#include "tests/sandbox/fishbowl/settings.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::fishbowl {

class FishbowlApi : public VendorApi {
 public:
  FishbowlApi(const DatasetOptions& dataset, Settings settings);

  std::string_view prefix() const override { return "/fishbowl"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<std::string_view> admin_actions() const override;
  Response admin(std::string_view action, const Request& request) override;

  const OrderBook& book() const { return book_; }
  SessionLedger& sessions() { return sessions_; }

 private:
  Response login(const Request& request);
  Response logout(const Request& request);
  Response data_query(const Request& request);
  std::string bearer(const Request& request) const;

  Settings settings_;
  OrderBook book_;
  SessionLedger sessions_;
};

VendorApiPtr make_fishbowl(const DatasetOptions& dataset, const Settings& settings);

}  // namespace tributary::sandbox::fishbowl
