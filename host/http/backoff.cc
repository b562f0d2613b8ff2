#include "host/http/backoff.h"

#include <algorithm>

namespace tributary::host {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : base_(std::max(base, std::chrono::milliseconds::zero())),
      cap_(std::max(cap, std::chrono::milliseconds::zero())),
      rng_(std::random_device{}()) {}

std::chrono::milliseconds Backoff::delay(int retry) {
  // Doubling stops once the cap is reached, so a large retry number cannot overflow.
  long long ceiling = base_.count();
  for (int i = 0; i < retry && ceiling < cap_.count(); ++i) ceiling *= 2;
  ceiling = std::min(ceiling, static_cast<long long>(cap_.count()));
  if (ceiling <= 0) return std::chrono::milliseconds::zero();
  std::uniform_int_distribution<long long> pick(0, ceiling);
  return std::chrono::milliseconds{pick(rng_)};
}

}  // namespace tributary::host
