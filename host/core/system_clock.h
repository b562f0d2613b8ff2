#pragma once
#include <atomic>
#include <chrono>

#include "tributary/sdk/services.h"

namespace tributary::host {

class SystemClock final : public sdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const noexcept override;
};

// A clock tests (and `--now` for reproducible runs) set by hand.
class FixedClock final : public sdk::Clock {
 public:
  explicit FixedClock(std::chrono::system_clock::time_point t) : t_(t.time_since_epoch().count()) {}
  std::chrono::system_clock::time_point now() const noexcept override;
  void set(std::chrono::system_clock::time_point t) { t_ = t.time_since_epoch().count(); }
  void advance(std::chrono::system_clock::duration d) { t_ += d.count(); }

 private:
  std::atomic<std::chrono::system_clock::rep> t_;
};

}  // namespace tributary::host
