#include "tests/sandbox/rate_limiter.h"

#include <algorithm>

namespace tributary::sandbox {
namespace {

std::int64_t epoch_seconds_ceil(RateLimiter::TimePoint t) {
  return std::chrono::ceil<std::chrono::seconds>(t.time_since_epoch()).count();
}

}  // namespace

RateLimiter::RateLimiter(std::vector<RateWindowSpec> specs) {
  for (auto& spec : specs) windows_.push_back(Window{std::move(spec)});
}

void RateLimiter::roll(TimePoint now) {
  for (auto& window : windows_) {
    if (now >= window.end) {
      window.end = now + window.spec.length;
      window.used = 0;
    }
  }
}

RateLimitStatus RateLimiter::status(TimePoint now, bool allowed) const {
  RateLimitStatus result{allowed, {}};
  for (const auto& window : windows_) {
    // A window nobody has opened yet would open now.
    auto end = window.end > now ? window.end : now + window.spec.length;
    result.windows.push_back(RateWindowState{window.spec.limit,
                                             std::max<std::int64_t>(0, window.spec.limit - window.used),
                                             epoch_seconds_ceil(end)});
  }
  return result;
}

RateLimitStatus RateLimiter::admit(TimePoint now) {
  std::lock_guard lock(mutex_);
  roll(now);
  bool allowed = std::ranges::all_of(windows_, [](const Window& w) { return w.used < w.spec.limit; });
  if (allowed) {
    for (auto& window : windows_) ++window.used;
  }
  return status(now, allowed);
}

RateLimitStatus RateLimiter::peek(TimePoint now) {
  std::lock_guard lock(mutex_);
  roll(now);
  return status(now, true);
}

void RateLimiter::reset() {
  std::lock_guard lock(mutex_);
  for (auto& window : windows_) {
    window.end = TimePoint{};
    window.used = 0;
  }
}

}  // namespace tributary::sandbox
