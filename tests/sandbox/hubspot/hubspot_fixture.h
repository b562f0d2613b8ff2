#pragma once
// An in-process sandbox serving only the HubSpot fake over a small fixed data set, plus the
// connector config that points plugins/hubspot at it.

#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tests/sandbox/hubspot/hubspot_api.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/testing/http_client.h"

namespace tributary::sandbox::hubspot::testkit {

inline DatasetOptions hubspot_test_dataset() {
  DatasetOptions d;
  d.seed = 11;
  d.users = 3;
  d.days = 30;
  d.anchor = date::year{2024} / date::November / 20;
  return d;
}

inline Settings hubspot_test_settings(std::int64_t contacts = 150) {
  Settings s;
  s.contacts = contacts;
  s.rate_limit = 100000;  // tests page a lot; the rate-limit tests lower these
  s.daily_limit = 10000000;
  return s;
}

inline const std::vector<std::string> kBearer = {"Authorization: Bearer demo-hubspot-token",
                                                 "Content-Type: application/json"};

class HubSpotServerTest : public ::testing::Test {
 protected:
  void start(Settings settings = hubspot_test_settings()) {
    ServerOptions options;
    options.threads = 2;
    std::vector<VendorApiPtr> vendors;
    vendors.push_back(make_hubspot(hubspot_test_dataset(), settings));
    server_ = std::make_unique<SandboxServer>(options, std::move(vendors));
    server_->start();
  }
  void SetUp() override { start(); }

  std::string url(const std::string& path) const { return server_->base_url() + path; }
  std::string api(const std::string& path) const { return url("/hubspot" + path); }
  boost::json::value admin(const std::string& action_and_query) {
    auto r = client_.post(url("/_sandbox/hubspot/" + action_and_query));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  boost::json::value expected() { return client_.get(url("/_sandbox/expected/hubspot")).json(); }

  // Every key set, so the connector sees what the host would hand it after validation.
  boost::json::object connector_config() const {
    return {{"base_url", api("")},
            {"auth", "private_app"},
            {"access_token", "demo-hubspot-token"},
            {"page_size", 100},
            {"search_page_size", 200},
            {"lookback_seconds", 300},
            {"include_archived", true},
            {"description_property", "message"},
            {"max_api_usage_percent", 90}};
  }

  std::unique_ptr<SandboxServer> server_;
  sandbox::testing::HttpClient client_;
};

}  // namespace tributary::sandbox::hubspot::testkit
