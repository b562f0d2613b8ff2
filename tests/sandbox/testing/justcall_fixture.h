#pragma once
// Starts an in-process sandbox serving JustCall with a fixed, small data set: anchor 2024-11-20
// with 40 days back covers the 2024-11-03 US DST change.

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "tests/sandbox/justcall/justcall_api.h"
#include "tests/sandbox/sandbox_config.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/testing/http_client.h"
#include "tests/sandbox/vendor_catalog.h"

namespace tributary::sandbox::testing {

inline SandboxConfig justcall_test_config() {
  SandboxConfig config;
  config.dataset.seed = 7;
  config.dataset.users = 4;
  config.dataset.days = 40;
  config.dataset.calls_per_day = 6;
  config.dataset.anchor = date::year{2024} / date::November / 20;
  config.server.threads = 2;
  config.justcall.rate_limit = 100000;  // tests page a lot; the rate-limit test lowers these
  config.justcall.burst_limit = 100000;
  return config;
}

inline std::unique_ptr<SandboxServer> start_sandbox(const SandboxConfig& config) {
  auto server = std::make_unique<SandboxServer>(config.server, make_vendors(config));
  server->start();
  return server;
}

inline const justcall::JustCallApi& justcall_of(const SandboxServer& server) {
  return dynamic_cast<const justcall::JustCallApi&>(*server.vendor("justcall"));
}

// A fresh server per test, so hidden days and spent budgets never leak between tests.
class JustCallServerTest : public ::testing::Test {
 protected:
  void SetUp() override { server_ = start_sandbox(justcall_test_config()); }
  std::string url(const std::string& path_and_query) const { return server_->base_url() + path_and_query; }

  std::unique_ptr<SandboxServer> server_;
  HttpClient client_;
};

}  // namespace tributary::sandbox::testing
