#include "host/http/curl_http_client_impl.h"

#include <algorithm>

#include "host/http/event_loop.h"
#include "host/http/throttle_hint.h"

namespace tributary::host {

namespace {
using std::chrono::milliseconds;

bool is_retried_status(long status) {
  return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

std::string attempts_text(int n) { return std::to_string(n) + (n == 1 ? " attempt" : " attempts"); }
}  // namespace

CurlHttpClient::Impl::Impl(HttpPolicy policy, std::shared_ptr<RateBudgetLimiter> budget,
                           const Redactor* redactor, sdk::Logger* logger, HttpStats* stats)
    : policy_(policy),
      budget_(std::move(budget)),
      redactor_(redactor),
      logger_(logger),
      stats_(stats),
      backoff_(milliseconds{policy.backoff_base_ms}, milliseconds{policy.backoff_max_ms}) {}

std::string CurlHttpClient::Impl::redact(std::string_view text) const {
  return redactor_ ? redactor_->redact(text) : std::string(text);
}

void CurlHttpClient::Impl::log(sdk::LogLevel level, const std::string& message) const {
  // Redacted here as well as in the logger: URLs carry tokens in query strings, and the logger
  // handed to us is not guaranteed to know the redactor.
  if (logger_) logger_->log(level, redact(message));
}

void CurlHttpClient::Impl::count(std::atomic<std::int64_t> HttpStats::*counter) const {
  if (stats_) (stats_->*counter).fetch_add(1, std::memory_order_relaxed);
}

sdk::Result<sdk::HttpResponse> CurlHttpClient::Impl::send(const sdk::HttpRequest& request) {
  std::lock_guard lock(mu_);
  const int limit = request.retry ? std::max(policy_.max_retries, 0) + 1 : 1;
  const std::string what = request.method + " " + redact(request.url);
  for (int number = 1;; ++number) {
    const Attempt attempt{what, number, limit};
    if (budget_) budget_->acquire();
    count(&HttpStats::requests);
    if (number > 1) count(&HttpStats::retries);

    const auto started = std::chrono::steady_clock::now();
    TransferResult result = easy_.perform(request, policy_);
    const auto ms =
        std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    const std::string progress = " (" + std::to_string(ms) + " ms, attempt " +
                                 std::to_string(number) + "/" + std::to_string(limit) + ")";
    if (result.failure == TransferFailure::kUnusable) {
      log(sdk::LogLevel::kDebug, "HTTP " + what + " -> not sent" + progress + ": " + result.error);
      return sdk::Status::config(what + " cannot be sent: " + redact(result.error) +
                                 "; expected an absolute http:// or https:// URL");
    }
    if (result.failure == TransferFailure::kNetwork) {
      count(&HttpStats::network_errors);
      log(sdk::LogLevel::kDebug,
          "HTTP " + what + " -> no response" + progress + ": " + result.error);
      if (number >= limit) {
        return sdk::Status::transient(what + " failed after " + attempts_text(number) + ": " +
                                      redact(result.error));
      }
      wait_before_retry(attempt, {backoff_.delay(number - 1), result.error});
      continue;
    }
    const long status = result.response.status;
    log(sdk::LogLevel::kDebug, "HTTP " + what + " -> " + std::to_string(status) + progress);
    if (status == 429) count(&HttpStats::throttled);
    if (status >= 500) count(&HttpStats::server_errors);
    auto plan = retry_plan(attempt, result.response);
    if (!plan) return std::move(result.response);
    wait_before_retry(attempt, *plan);
  }
}

auto CurlHttpClient::Impl::retry_plan(const Attempt& attempt, const sdk::HttpResponse& response)
    -> std::optional<RetryPlan> {
  if (!is_retried_status(response.status)) return std::nullopt;
  const bool retrying = attempt.number < attempt.limit;
  const milliseconds backoff = retrying ? backoff_.delay(attempt.number - 1) : milliseconds{0};
  // Evaluated even when this request will not retry: a 429 still pauses the shared budget.
  auto plan = throttled_plan(attempt, response, backoff);
  if (!retrying) return std::nullopt;
  return plan;
}

// 429 and 503 may say when to come back. Honour that, but never sleep past backoff_max_ms:
// a longer wait goes back to the connector, which reports rate_limited with the retry-after.
auto CurlHttpClient::Impl::throttled_plan(const Attempt& attempt, const sdk::HttpResponse& response,
                                          milliseconds backoff) -> std::optional<RetryPlan> {
  const std::string status = "HTTP " + std::to_string(response.status);
  if (response.status != 429 && response.status != 503) return RetryPlan{backoff, status};
  const ThrottleHint hint = throttle_hint(response, std::chrono::system_clock::now());
  const milliseconds cap = backoff_.cap();
  const milliseconds wait = std::min(std::max(hint.wait.value_or(milliseconds{0}), backoff), cap);
  // The vendor's limit covers every unit on this account, so all of them hold off, not just us.
  if (response.status == 429 && budget_ && !hint.hopeless) {
    budget_->pause_until(std::chrono::steady_clock::now() + wait);
  }
  const std::string reason = hint.source.empty() ? status : status + ", " + hint.source;
  if (hint.hopeless) {
    log(sdk::LogLevel::kWarn, "HTTP " + attempt.what + " failed (" + reason +
                                  "): the quota will not refill within this run; returning the "
                                  "response to the connector");
    return std::nullopt;
  }
  if (hint.wait && *hint.wait > cap) {
    log(sdk::LogLevel::kWarn, "HTTP " + attempt.what + " failed (" + reason +
                                  "): the vendor asks for " + std::to_string(hint.wait->count()) +
                                  " ms, more than backoff_max_ms " + std::to_string(cap.count()) +
                                  "; returning the response to the connector");
    return std::nullopt;
  }
  return RetryPlan{wait, reason};
}

void CurlHttpClient::Impl::wait_before_retry(const Attempt& attempt, const RetryPlan& plan) {
  log(sdk::LogLevel::kWarn, "HTTP " + attempt.what + " failed (" + plan.reason + "); retry " +
                                std::to_string(attempt.number) + "/" +
                                std::to_string(attempt.limit - 1) + " in " +
                                std::to_string(plan.wait.count()) + " ms");
  wait_for(plan.wait);
}

}  // namespace tributary::host
