#pragma once
// Host services for driving the Copper connector's fetch in-process: an HTTP client that
// answers from a handler and records every request, an in-memory cache, and quiet rest.

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::copper::testkit {

using Handler = std::function<sdk::Result<sdk::HttpResponse>(const sdk::HttpRequest&)>;

class RecordingHttp final : public sdk::HttpClient {
 public:
  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request) noexcept override;
  Handler handler;
  std::vector<sdk::HttpRequest> requests;
};

class MemoryCache final : public sdk::Cache {
 public:
  std::optional<std::string> get(std::string_view key) noexcept override;
  sdk::Status put(std::string_view key, std::string_view value,
                  std::chrono::seconds ttl) noexcept override;
  std::map<std::string, std::string, std::less<>> values;
  std::map<std::string, std::chrono::seconds, std::less<>> ttls;
};

class FakeHost final : public sdk::HostServices {
 public:
  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return log_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return *cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }

  RecordingHttp& recorder() { return http_; }
  void share_cache(MemoryCache& cache) { cache_ = &cache; }
  MemoryCache& own_cache() { return own_cache_; }
  const std::vector<std::string>& log_lines() const { return log_.lines; }

 private:
  struct Log final : sdk::Logger {
    void log(sdk::LogLevel, std::string_view m) noexcept override { lines.emplace_back(m); }
    std::vector<std::string> lines;
  };
  struct Clock final : sdk::Clock {
    std::chrono::system_clock::time_point now() const noexcept override {
      return std::chrono::system_clock::time_point{std::chrono::seconds{1730800000}};
    }
  };
  struct State final : sdk::StateReader {
    std::optional<std::string> get(std::string_view) const noexcept override { return std::nullopt; }
  };
  struct Credentials final : sdk::CredentialStore {
    std::optional<std::string> get(std::string_view) noexcept override { return std::nullopt; }
    sdk::Status put(std::string_view, std::string_view) noexcept override {
      return sdk::Status::success();
    }
  };

  RecordingHttp http_;
  Log log_;
  Clock clock_;
  State state_;
  MemoryCache own_cache_;
  MemoryCache* cache_ = &own_cache_;
  Credentials credentials_;
};

// Serves the fixture pages the way Copper would: GET /activity_types and /pipeline_stages,
// POST searches paged by page_number (activities: 200 then 4), opportunities searched by `ids`
// answered from the full list. `opportunities_page` is what the window searches return.
struct FixtureCopper {
  std::string opportunities_page;
  FixtureCopper();
  sdk::Result<sdk::HttpResponse> operator()(const sdk::HttpRequest& request) const;
};

// The path below the base URL ("/activities/search") and the JSON body's page_number.
std::string path_of(const sdk::HttpRequest& request);
int page_number_of(const sdk::HttpRequest& request);

}  // namespace tributary::copper::testkit
