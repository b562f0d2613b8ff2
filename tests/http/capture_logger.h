#pragma once
// An sdk::Logger that keeps every line, so tests can read what the HTTP client logged.

#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::testing {

class CaptureLogger final : public sdk::Logger {
 public:
  void log(sdk::LogLevel level, std::string_view message) noexcept override {
    std::lock_guard lock(mu_);
    lines_.emplace_back(level, std::string(message));
  }
  std::vector<std::pair<sdk::LogLevel, std::string>> lines() const {
    std::lock_guard lock(mu_);
    return lines_;
  }
  std::size_t count(sdk::LogLevel level) const {
    std::lock_guard lock(mu_);
    std::size_t n = 0;
    for (const auto& [l, m] : lines_) n += (l == level) ? 1 : 0;
    return n;
  }

 private:
  mutable std::mutex mu_;
  std::vector<std::pair<sdk::LogLevel, std::string>> lines_;
};

}  // namespace tributary::testing
