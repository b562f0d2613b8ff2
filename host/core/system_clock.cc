#include "host/core/system_clock.h"

namespace tributary::host {

std::chrono::system_clock::time_point SystemClock::now() const noexcept {
  return std::chrono::system_clock::now();
}

std::chrono::system_clock::time_point FixedClock::now() const noexcept {
  return std::chrono::system_clock::time_point{std::chrono::system_clock::duration{t_.load()}};
}

}  // namespace tributary::host
