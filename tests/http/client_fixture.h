#pragma once
// What every CurlHttpClient test needs: a scripted server, a redactor, a capturing logger,
// stats, and a policy with short backoffs so retries cost milliseconds.

#include <gtest/gtest.h>

#include <memory>

#include "host/http/http_client.h"
#include "tests/http/capture_logger.h"
#include "tests/http/test_server.h"

namespace tributary::testing {

inline host::HttpPolicy fast_policy() {
  host::HttpPolicy p;
  p.timeout_ms = 5000;
  p.connect_timeout_ms = 1000;
  p.max_retries = 2;
  p.backoff_base_ms = 10;
  p.backoff_max_ms = 100;
  return p;
}

class HttpClientTest : public ::testing::Test {
 protected:
  void SetUp() override { server_.start(); }

  std::unique_ptr<host::CurlHttpClient> client(
      host::HttpPolicy policy = fast_policy(),
      std::shared_ptr<host::RateBudgetLimiter> budget = nullptr) {
    return std::make_unique<host::CurlHttpClient>(policy, std::move(budget), &redactor_, &log_,
                                                  &stats_);
  }

  static sdk::HttpRequest get(std::string url) {
    sdk::HttpRequest r;
    r.url = std::move(url);
    return r;
  }

  TestServer server_;
  host::Redactor redactor_;
  CaptureLogger log_;
  host::HttpStats stats_;
};

}  // namespace tributary::testing
