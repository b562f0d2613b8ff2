#pragma once
// How long a 429 asks us to stay away, read from whichever signal the vendor uses: the standard
// Retry-After (seconds or HTTP-date), JustCall's X-Rate-Limit-[Burst-]Reset (epoch seconds), or
// HubSpot's `policyName` error body (no header; the vendor's own SDK waits 10 s).

#include <chrono>
#include <optional>
#include <string>

#include "tributary/sdk/http.h"

namespace tributary::host {

struct ThrottleHint {
  // The wait the vendor asked for; empty when the response named none (plain backoff applies).
  std::optional<std::chrono::milliseconds> wait;
  // Waiting inside a run cannot help (HubSpot's DAILY quota): hand the 429 back at once.
  bool hopeless = false;
  // Which signal produced the hint, for the log line ("Retry-After: 2").
  std::string source;
};

// `now` is the wall clock, since HTTP-dates and reset headers are wall-clock instants.
ThrottleHint throttle_hint(const sdk::HttpResponse& response,
                           std::chrono::system_clock::time_point now);

// "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate); empty when the text is not one.
std::optional<std::chrono::system_clock::time_point> parse_http_date(const std::string& text);

}  // namespace tributary::host
