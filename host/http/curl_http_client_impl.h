#pragma once
// The retry loop behind CurlHttpClient: budget, attempt, classify, wait, again.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

#include "host/http/backoff.h"
#include "host/http/curl_easy.h"
#include "host/http/http_client.h"

namespace tributary::host {

struct CurlHttpClient::Impl {
  Impl(HttpPolicy policy, std::shared_ptr<RateBudgetLimiter> budget, const Redactor* redactor,
       sdk::Logger* logger, HttpStats* stats);

  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request);
  std::string redact(std::string_view text) const;

 private:
  struct Attempt {
    std::string what;  // "GET <redacted url>"
    int number;        // 1-based
    int limit;         // attempts allowed for this request
  };

  struct RetryPlan {
    std::chrono::milliseconds wait;
    std::string reason;  // "HTTP 429, Retry-After: 1"
  };

  // When to try again, or nothing when the response goes back to the caller.
  std::optional<RetryPlan> retry_plan(const Attempt& attempt, const sdk::HttpResponse& response);
  std::optional<RetryPlan> throttled_plan(const Attempt& attempt, const sdk::HttpResponse& response,
                                          std::chrono::milliseconds backoff);
  void wait_before_retry(const Attempt& attempt, const RetryPlan& plan);
  void count(std::atomic<std::int64_t> HttpStats::*counter) const;
  void log(sdk::LogLevel level, const std::string& message) const;

  HttpPolicy policy_;
  std::shared_ptr<RateBudgetLimiter> budget_;
  const Redactor* redactor_;
  sdk::Logger* logger_;
  HttpStats* stats_;
  std::mutex mu_;  // one easy handle carries one transfer at a time
  CurlEasy easy_;
  Backoff backoff_;
};

}  // namespace tributary::host
