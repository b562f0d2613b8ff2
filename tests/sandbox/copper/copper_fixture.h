#pragma once
// An in-process sandbox serving only the Copper fake, over a small fixed data set: anchor
// 2024-11-20 with 40 days back covers the 2024-11-03 US DST change.

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/sandbox/copper/copper_api.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/testing/http_client.h"

namespace tributary::sandbox::copper::testkit {

inline DatasetOptions copper_test_dataset() {
  DatasetOptions d;
  d.seed = 7;
  d.users = 4;
  d.days = 40;
  d.calls_per_day = 6;
  d.anchor = date::year{2024} / date::November / 20;
  return d;
}

inline Settings copper_test_settings() {
  Settings s;
  s.rate_limit = 100000;  // tests page a lot; the rate-limit test lowers it
  return s;
}

inline const std::vector<std::string> kCopperHeaders = {
    "X-PW-AccessToken: demo-copper-key", "X-PW-Application: developer_api",
    "X-PW-UserEmail: owner@example.com", "Content-Type: application/json"};

class CopperServerTest : public ::testing::Test {
 protected:
  void start(Settings settings = copper_test_settings(), ServerOptions options = {}) {
    options.threads = 2;
    std::vector<VendorApiPtr> vendors;
    vendors.push_back(make_copper(copper_test_dataset(), settings));
    server_ = std::make_unique<SandboxServer>(options, std::move(vendors));
    server_->start();
  }
  void SetUp() override { start(); }

  std::string url(const std::string& path) const { return server_->base_url() + path; }
  std::string api(const std::string& path) const { return url("/copper/developer_api/v1" + path); }
  sandbox::testing::HttpResult search(const std::string& path, const std::string& body) {
    return client_.request("POST", api(path), kCopperHeaders, body);
  }
  const CopperApi& copper() const { return dynamic_cast<const CopperApi&>(*server_->vendor("copper")); }

  std::unique_ptr<SandboxServer> server_;
  sandbox::testing::HttpClient client_;
};

}  // namespace tributary::sandbox::copper::testkit
