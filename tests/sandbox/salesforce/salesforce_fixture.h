#pragma once
// An in-process sandbox serving only the Salesforce fake over a small fixed data set, with a
// clock the test moves (each admin change lands on a later second than the last), plus the
// connector config that points plugins/salesforce at it.

#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tests/sandbox/salesforce/salesforce_api.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/testing/http_client.h"

namespace tributary::sandbox::salesforce::testkit {

inline DatasetOptions salesforce_test_dataset() {
  DatasetOptions d;
  d.seed = 13;
  d.users = 3;
  d.days = 30;
  d.anchor = date::year{2024} / date::November / 20;
  return d;
}

class SalesforceServerTest : public ::testing::Test {
 protected:
  Settings settings() {
    Settings s;
    s.contacts = 300;
    s.leads = 150;
    s.clock = [this] {
      return std::chrono::system_clock::time_point(std::chrono::seconds(now_s_.load()));
    };
    return s;
  }
  void start(Settings s) {
    ServerOptions options;
    options.threads = 2;
    std::vector<VendorApiPtr> vendors;
    vendors.push_back(make_salesforce(salesforce_test_dataset(), s));
    server_ = std::make_unique<SandboxServer>(options, std::move(vendors));
    server_->start();
  }
  void SetUp() override { start(settings()); }

  std::string url(const std::string& path) const { return server_->base_url() + path; }
  std::string api(const std::string& path) const { return url("/salesforce" + path); }
  boost::json::value admin(const std::string& action_and_query) {
    now_s_ += 60;
    auto r = client_.post(url("/_sandbox/salesforce/" + action_and_query));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  boost::json::value expected() { return client_.get(url("/_sandbox/expected/salesforce")).json(); }
  std::string token() {
    auto r = client_.request(
        "POST", api("/services/oauth2/token"), {},
        "grant_type=refresh_token&client_id=demo-sf-client&client_secret=demo-sf-secret&"
        "refresh_token=demo-sf-refresh");
    EXPECT_EQ(r.status, 200) << r.body;
    return std::string(r.json().at("access_token").as_string());
  }

  boost::json::object connector_config() const {
    return {{"login_url", api("")},
            {"client_id", "demo-sf-client"},
            {"client_secret", "demo-sf-secret"},
            {"refresh_token", "demo-sf-refresh"},
            {"api_version", "v61.0"},
            {"objects", boost::json::array{"Contact", "Lead"}},
            {"batch_size", 200}};
  }

  std::atomic<std::int64_t> now_s_{1732147200};  // 2024-11-21T00:00:00Z, after all generated data
  std::unique_ptr<SandboxServer> server_;
  sandbox::testing::HttpClient client_;
};

}  // namespace tributary::sandbox::salesforce::testkit
