#pragma once
// The HubSpot CRM v3 fake: owners, the contacts list (live or archived) with the `after`
// cursor, contacts search with its 10,000-result cap, OAuth refresh, HubSpot's error bodies and
// rate-limit headers (a spent daily budget answers 429 with policyName DAILY), and the admin
// actions touch, add-contact, archive and expire-tokens. See docs/connectors/hubspot.md, "Sandbox".

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/hubspot/contact_store.h"
#include "tests/sandbox/hubspot/oauth.h"
#include "tests/sandbox/hubspot/settings.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox::hubspot {

class HubSpotApi : public VendorApi {
 public:
  HubSpotApi(const DatasetOptions& dataset, Settings settings);

  std::string_view prefix() const override { return "/hubspot"; }
  Response handle(const Request& request) override;
  boost::json::value expected(const QueryParams& query) override;
  Response error(int status, std::string_view message) const override;
  std::vector<RateWindowSpec> rate_windows() const override;
  void add_rate_headers(const Request& request, const RateLimitStatus& status,
                        Response& response) const override;
  std::vector<std::string_view> admin_actions() const override {
    return {"touch", "add-contact", "archive", "expire-tokens"};
  }
  Response admin(std::string_view action, const Request& request) override;

  const ContactStore& store() const { return store_; }
  const OAuthServer& oauth() const { return oauth_; }

 private:
  Response authorised(const Request& request);
  Response owners(const Request& request) const;
  Response list(const Request& request) const;
  Response search(const Request& request) const;
  std::int64_t now_ms() const;

  DatasetOptions dataset_;
  Settings settings_;
  ContactStore store_;
  OAuthServer oauth_;
};

VendorApiPtr make_hubspot(const DatasetOptions& dataset, const Settings& settings);

}  // namespace tributary::sandbox::hubspot
