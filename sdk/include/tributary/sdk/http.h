#pragma once
// The only way a connector reaches the network. The host applies the rate budget, retries with
// backoff and jitter on 429/5xx/network errors, honours Retry-After and quota headers, applies
// timeouts and redacts secrets from logs.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tributary/sdk/status.h"

namespace tributary::sdk {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  Headers headers;
  std::string body;
  // When false, the host returns 429/5xx responses to the connector instead of retrying them.
  bool retry = true;
};

struct HttpResponse {
  long status = 0;
  Headers headers;
  std::string body;
  std::string url;  // the URL actually requested (after redirects)

  // Case-insensitive lookup; empty when absent.
  std::string header(std::string_view name) const;
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // A Status only when no HTTP response could be had after the retries (network, timeout,
  // rate budget exhausted). Any HTTP response, 2xx or not, comes back as a value.
  virtual Result<HttpResponse> send(const HttpRequest& request) noexcept = 0;
};

// A header whose whole value (surrounding blanks aside) is a non-negative integer (rate-limit
// counters, Retry-After in seconds); nothing when it is absent or anything else.
std::optional<std::int64_t> header_integer(const HttpResponse& response, std::string_view name);

// Retry-After as delta-seconds (RFC 9110: a whole non-negative number of seconds); `fallback`
// when the header is absent or is not that. An HTTP-date is left to the host, which paces the
// whole budget by it before the connector ever sees the response.
std::chrono::seconds retry_after(const HttpResponse& response, std::chrono::seconds fallback);

// The usual mapping of a non-2xx response to a failure kind: 401/403 auth, 404 not found,
// 429 rate-limited (Retry-After honoured, 60 s without one), 5xx transient, other 4xx config.
// `what` names the call.
Status status_from_http(const HttpResponse& response, std::string_view what);

// Percent-encodes a query-string component.
std::string url_encode(std::string_view text);

}  // namespace tributary::sdk
