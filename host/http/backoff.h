#pragma once
// Exponential backoff with full jitter: the n-th retry waits a uniform random time in
// [0, min(cap, base * 2^n)], so clients that failed together do not retry together.

#include <chrono>
#include <random>

namespace tributary::host {

class Backoff {
 public:
  Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
  // The wait before retry number `retry` (0 for the first retry).
  std::chrono::milliseconds delay(int retry);
  std::chrono::milliseconds cap() const { return cap_; }

 private:
  std::chrono::milliseconds base_;
  std::chrono::milliseconds cap_;
  std::mt19937_64 rng_;
};

}  // namespace tributary::host
