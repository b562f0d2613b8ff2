#pragma once
// The host services a connector may use. A connector gets them through FetchContext::host and
// touches nothing else outside its own memory: no sockets, no files, no clock of its own.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "tributary/sdk/http.h"
#include "tributary/sdk/status.h"

namespace tributary::sdk {

enum class LogLevel { kDebug, kInfo, kWarn, kError };

class Logger {
 public:
  virtual ~Logger() = default;
  // The host redacts every secret config value before the message is written.
  virtual void log(LogLevel level, std::string_view message) noexcept = 0;
  void debug(std::string_view m) noexcept { log(LogLevel::kDebug, m); }
  void info(std::string_view m) noexcept { log(LogLevel::kInfo, m); }
  void warn(std::string_view m) noexcept { log(LogLevel::kWarn, m); }
  void error(std::string_view m) noexcept { log(LogLevel::kError, m); }
};

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const noexcept = 0;
};

// Committed connector state for this pipeline's connector (cursors, bookmarks). New state is
// proposed through NormalizeOutput::state and commits with the data.
class StateReader {
 public:
  virtual ~StateReader() = default;
  virtual std::optional<std::string> get(std::string_view key) const noexcept = 0;
};

// Per-connector key/value cache with expiry (e.g. vendor user directory lookups).
class Cache {
 public:
  virtual ~Cache() = default;
  virtual std::optional<std::string> get(std::string_view key) noexcept = 0;
  virtual Status put(std::string_view key, std::string_view value,
                     std::chrono::seconds ttl) noexcept = 0;
};

// Rotated credentials (OAuth access/refresh tokens) handed back to the host, which persists
// them at once (outside the unit's transaction: the old token may already be revoked) and
// redacts them from logs. get() returns the newest persisted value for the name, if any.
class CredentialStore {
 public:
  virtual ~CredentialStore() = default;
  virtual std::optional<std::string> get(std::string_view name) noexcept = 0;
  virtual Status put(std::string_view name, std::string_view value) noexcept = 0;
};

class HostServices {
 public:
  virtual ~HostServices() = default;
  virtual HttpClient& http() noexcept = 0;
  virtual Logger& log() noexcept = 0;
  virtual const Clock& clock() noexcept = 0;
  virtual const StateReader& state() noexcept = 0;
  virtual Cache& cache() noexcept = 0;
  virtual CredentialStore& credentials() noexcept = 0;
  // True once the host was asked to stop (SIGTERM/SIGINT). A connector that pages for long should
  // check it between requests, release what it holds (log out, close sessions) and return
  // Status::transient("stopped"). Nothing is committed for a unit that returns a failure.
  virtual bool stop_requested() const noexcept { return false; }
};

}  // namespace tributary::sdk
