#pragma once
// Host services for driving the Fishbowl connector without a host: an HTTP client that answers
// from a handler and records every request, a stop flag a test can raise after N requests, and a
// logger that keeps its lines.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::fishbowl::testing {

inline sdk::HttpResponse http_answer(long status, std::string body, sdk::Headers headers = {}) {
  sdk::HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  r.headers.emplace_back("Content-Type", "application/json");
  return r;
}

class FakeHttp final : public sdk::HttpClient {
 public:
  using Handler = std::function<sdk::Result<sdk::HttpResponse>(const sdk::HttpRequest&)>;
  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request) noexcept override {
    requests.push_back(request);
    if (requests.size() > 200) return sdk::Status::internal("test: runaway request loop");
    auto r = handler(request);
    if (r) r->url = request.url;
    return r;
  }
  // "POST /api/login", "GET /api/data-query", ... in order.
  std::vector<std::string> calls() const;
  Handler handler = [](const sdk::HttpRequest&) { return http_answer(500, "no handler"); };
  std::vector<sdk::HttpRequest> requests;
};

class FakeHost final : public sdk::HostServices {
 public:
  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return log_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }
  // True once `stop_after_requests` requests were sent (never when it is negative).
  bool stop_requested() const noexcept override {
    return stop_after_requests >= 0 &&
           static_cast<int>(http_.requests.size()) >= stop_after_requests;
  }

  FakeHttp http_;
  int stop_after_requests = -1;

 private:
  struct Log final : sdk::Logger {
    void log(sdk::LogLevel, std::string_view m) noexcept override { lines.emplace_back(m); }
    std::vector<std::string> lines;
  };
  struct FixedClock final : sdk::Clock {
    std::chrono::system_clock::time_point now() const noexcept override {
      return std::chrono::system_clock::time_point{std::chrono::seconds{1717660800}};
    }
  };
  struct NoState final : sdk::StateReader {
    std::optional<std::string> get(std::string_view) const noexcept override {
      return std::nullopt;
    }
  };
  struct NoCache final : sdk::Cache {
    std::optional<std::string> get(std::string_view) noexcept override { return std::nullopt; }
    sdk::Status put(std::string_view, std::string_view, std::chrono::seconds) noexcept override {
      return sdk::Status::success();
    }
  };
  struct NoCredentials final : sdk::CredentialStore {
    std::optional<std::string> get(std::string_view) noexcept override { return std::nullopt; }
    sdk::Status put(std::string_view, std::string_view) noexcept override {
      return sdk::Status::success();
    }
  };
  Log log_;
  FixedClock clock_;
  NoState state_;
  NoCache cache_;
  NoCredentials credentials_;
};

}  // namespace tributary::fishbowl::testing
