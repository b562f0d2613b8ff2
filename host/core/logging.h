#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "host/core/redactor.h"
#include "tributary/sdk/services.h"

namespace spdlog {
class logger;
}

namespace tributary::host {

// Sets up the process logger: text or JSON lines on stderr, at a level ("debug", "info"...).
void configure_logging(std::string_view format, std::string_view level);

// An sdk::Logger that prefixes a context ("justcall user=u1") and redacts secrets.
class ScopedLogger final : public sdk::Logger {
 public:
  ScopedLogger(std::string prefix, const Redactor* redactor)
      : prefix_(std::move(prefix)), redactor_(redactor) {}
  void log(sdk::LogLevel level, std::string_view message) noexcept override;

 private:
  std::string prefix_;
  const Redactor* redactor_;
};

// Process-level helpers for host code (not plugins).
void log_info(std::string_view message);
void log_warn(std::string_view message);
void log_error(std::string_view message);
void log_debug(std::string_view message);

}  // namespace tributary::host
