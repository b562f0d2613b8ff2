#include "host/http/throttle_hint.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <ctime>
#include <iomanip>
#include <locale>
#include <sstream>

namespace tributary::host {

namespace {
using std::chrono::milliseconds;
using std::chrono::system_clock;

constexpr milliseconds kHubSpotPolicyWait{10'000};

milliseconds until(system_clock::time_point when, system_clock::time_point now) {
  if (when <= now) return milliseconds::zero();
  // Round up: waking a few hundred microseconds early would only earn another 429.
  return std::chrono::ceil<milliseconds>(when - now);
}

std::optional<ThrottleHint> from_retry_after(const sdk::HttpResponse& r,
                                             system_clock::time_point now) {
  auto text = r.header("Retry-After");
  if (text.empty()) return std::nullopt;
  if (auto secs = sdk::header_integer(r, "Retry-After")) {
    constexpr std::int64_t kYear = 366LL * 24 * 3600;  // keeps absurd values from overflowing
    return ThrottleHint{milliseconds{std::min(*secs, kYear) * 1000}, false, "Retry-After: " + text};
  }
  if (auto when = parse_http_date(text)) {
    return ThrottleHint{until(*when, now), false, "Retry-After: " + text};
  }
  return std::nullopt;
}

// JustCall sends an hourly and a burst window; whichever is spent (remaining 0, or no remaining
// header at all) must reset before a retry can succeed, so the latest such reset wins.
std::optional<ThrottleHint> from_rate_limit_reset(const sdk::HttpResponse& r,
                                                  system_clock::time_point now) {
  std::optional<ThrottleHint> best;
  for (const char* window : {"X-Rate-Limit-Burst-", "X-Rate-Limit-"}) {
    auto reset = sdk::header_integer(r, std::string(window) + "Reset");
    if (!reset) continue;
    auto remaining = sdk::header_integer(r, std::string(window) + "Remaining");
    if (remaining && *remaining > 0) continue;
    auto wait = until(system_clock::time_point{std::chrono::seconds{*reset}}, now);
    if (!best || wait > *best->wait) {
      best = ThrottleHint{wait, false, std::string(window) + "Reset: " + std::to_string(*reset)};
    }
  }
  return best;
}

std::optional<ThrottleHint> from_hubspot_policy(const sdk::HttpResponse& r) {
  if (r.body.find("\"policyName\"") == std::string::npos) return std::nullopt;
  boost::system::error_code ec;
  auto doc = boost::json::parse(r.body, ec);
  if (ec || !doc.is_object()) return std::nullopt;
  const auto* policy = doc.as_object().if_contains("policyName");
  if (!policy || !policy->is_string()) return std::nullopt;
  std::string name(policy->as_string());
  bool daily = name == "DAILY";
  return ThrottleHint{kHubSpotPolicyWait, daily, "policyName: " + name};
}
}  // namespace

std::optional<system_clock::time_point> parse_http_date(const std::string& text) {
  std::tm tm{};
  std::istringstream in(text);
  in.imbue(std::locale::classic());
  in >> std::get_time(&tm, "%a, %d %b %Y %H:%M:%S");
  std::string zone;
  in >> zone;
  if (in.fail() || zone != "GMT") return std::nullopt;
  std::time_t t = timegm(&tm);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  return system_clock::from_time_t(t);
}

ThrottleHint throttle_hint(const sdk::HttpResponse& response, system_clock::time_point now) {
  if (auto hint = from_retry_after(response, now)) return *hint;
  if (auto hint = from_rate_limit_reset(response, now)) return *hint;
  if (auto hint = from_hubspot_policy(response)) return *hint;
  return {};
}

}  // namespace tributary::host
