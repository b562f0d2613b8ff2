#pragma once
// A vendor's request budget: one or more fixed windows (e.g. JustCall's hourly limit plus its
// per-minute burst). A window opens at the first request after the previous one ended, so a
// test that spends a budget is not at the mercy of a wall-clock boundary.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace tributary::sandbox {

struct RateWindowSpec {
  std::string name;  // "hourly", "burst": only for the vendor's own header mapping and messages
  std::int64_t limit = 0;
  std::chrono::seconds length{0};
};

struct RateWindowState {
  std::int64_t limit = 0;
  std::int64_t remaining = 0;
  std::int64_t reset_epoch_s = 0;  // when the window ends (UTC epoch seconds)
};

// The windows' states in the order the vendor declared them.
struct RateLimitStatus {
  bool allowed = true;
  std::vector<RateWindowState> windows;
};

class RateLimiter {
 public:
  using TimePoint = std::chrono::system_clock::time_point;

  explicit RateLimiter(std::vector<RateWindowSpec> specs);

  // Spends one request from every window, or none when any window is spent (a refused request
  // does not eat into the budget, so a client that backs off recovers at the reset time).
  RateLimitStatus admit(TimePoint now);
  RateLimitStatus peek(TimePoint now);
  void reset();

 private:
  struct Window {
    RateWindowSpec spec;
    TimePoint end{};
    std::int64_t used = 0;
  };

  void roll(TimePoint now);
  RateLimitStatus status(TimePoint now, bool allowed) const;

  std::mutex mutex_;
  std::vector<Window> windows_;
};

}  // namespace tributary::sandbox
