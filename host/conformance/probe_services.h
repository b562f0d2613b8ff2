#pragma once
// The host services a connector sees inside a check: the host's real HTTP client, and a logger,
// state, cache and credential store in memory. The logger keeps every message exactly as the
// connector wrote it (the host would redact it; the secrets check wants to see what it wrote).

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "host/core/system_clock.h"
#include "host/http/http_client.h"
#include "tributary/sdk/records.h"
#include "tributary/sdk/services.h"

namespace tributary::host::conformance {

struct LogLine {
  sdk::LogLevel level = sdk::LogLevel::kInfo;
  std::string message;
};

class CapturingLogger final : public sdk::Logger {
 public:
  void log(sdk::LogLevel level, std::string_view message) noexcept override;
  std::vector<LogLine> lines;
};

class MemoryCache final : public sdk::Cache {
 public:
  std::optional<std::string> get(std::string_view key) noexcept override;
  sdk::Status put(std::string_view key, std::string_view value, std::chrono::seconds ttl) noexcept override;

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

class MemoryCredentials final : public sdk::CredentialStore {
 public:
  std::optional<std::string> get(std::string_view name) noexcept override;
  sdk::Status put(std::string_view name, std::string_view value) noexcept override;
  std::vector<std::string> put_values;  // rotated secrets: the secrets check looks for them too

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

class ProbeServices final : public sdk::HostServices {
 public:
  ProbeServices(const HttpPolicy& policy, std::chrono::system_clock::time_point now,
                sdk::StateMap state, MemoryCache& cache, MemoryCredentials& credentials);

  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return logger_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }

  const std::vector<LogLine>& logs() const { return logger_.lines; }

 private:
  class MapState final : public sdk::StateReader {
   public:
    explicit MapState(sdk::StateMap state) : state_(std::move(state)) {}
    std::optional<std::string> get(std::string_view key) const noexcept override;

   private:
    sdk::StateMap state_;
  };
  // The HTTP client's own lines are the host's, not the connector's: they go nowhere.
  class SilentLogger final : public sdk::Logger {
   public:
    void log(sdk::LogLevel, std::string_view) noexcept override {}
  };

  FixedClock clock_;
  CapturingLogger logger_;
  SilentLogger http_logger_;
  CurlHttpClient http_;
  MapState state_;
  MemoryCache& cache_;
  MemoryCredentials& credentials_;
};

std::string_view level_name(sdk::LogLevel level);

}  // namespace tributary::host::conformance
