#pragma once
// The host's HTTP client (libcurl): the only network path a connector has. Applies the shared
// rate budget before each attempt, retries 429/5xx/network errors with exponential backoff and
// full jitter (Retry-After and X-Rate-Limit-Reset honoured, capped by backoff_max_ms), times out,
// and logs without secrets.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "host/config/model.h"
#include "host/core/redactor.h"
#include "host/http/rate_budget.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/services.h"

namespace tributary::host {

// Counters for the run summary and /metrics; shared across the clients of one connector.
struct HttpStats {
  std::atomic<std::int64_t> requests{0};      // attempts sent
  std::atomic<std::int64_t> retries{0};       // attempts that were retries
  std::atomic<std::int64_t> throttled{0};     // 429 responses received
  std::atomic<std::int64_t> server_errors{0}; // 5xx responses received
  std::atomic<std::int64_t> network_errors{0};
};

class CurlHttpClient final : public sdk::HttpClient {
 public:
  // `budget` may be null (no pacing). `logger` receives one debug line per attempt and a warn
  // line per retry, redacted. `stats` may be null.
  CurlHttpClient(HttpPolicy policy, std::shared_ptr<RateBudgetLimiter> budget,
                 const Redactor* redactor, sdk::Logger* logger, HttpStats* stats);
  ~CurlHttpClient() override;

  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request) noexcept override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Call once per process before any thread uses libcurl.
void init_curl_globally();

}  // namespace tributary::host
