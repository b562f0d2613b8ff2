#pragma once
// Host services for driving the JustCall connector without a host: scripted HTTP answers,
// an in-memory cache, a settable clock, a logger that keeps its lines.

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::justcall::testing {

inline sdk::HttpResponse http_answer(long status, std::string body) {
  sdk::HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = {{"Content-Type", "application/json"}};
  return r;
}

class FakeHttp final : public sdk::HttpClient {
 public:
  using Handler = std::function<sdk::Result<sdk::HttpResponse>(const sdk::HttpRequest&)>;
  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request) noexcept override {
    requests.push_back(request);
    if (requests.size() > 50) return sdk::Status::internal("test: runaway request loop");
    auto r = handler(request);
    if (r) r->url = request.url;
    return r;
  }
  std::vector<std::string> urls() const {
    std::vector<std::string> out;
    for (const auto& r : requests) out.push_back(r.url);
    return out;
  }
  Handler handler = [](const sdk::HttpRequest&) { return http_answer(500, "no handler"); };
  std::vector<sdk::HttpRequest> requests;
};

class FakeLogger final : public sdk::Logger {
 public:
  void log(sdk::LogLevel, std::string_view message) noexcept override {
    lines.emplace_back(message);
  }
  std::vector<std::string> lines;
};

class FakeClock final : public sdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const noexcept override { return at; }
  std::chrono::system_clock::time_point at{std::chrono::seconds{1717660800}};  // 2024-06-06T08Z
};

class FakeState final : public sdk::StateReader {
 public:
  std::optional<std::string> get(std::string_view) const noexcept override { return std::nullopt; }
};

class FakeCache final : public sdk::Cache {
 public:
  std::optional<std::string> get(std::string_view key) noexcept override {
    auto it = entries.find(std::string(key));
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }
  sdk::Status put(std::string_view key, std::string_view value,
                  std::chrono::seconds ttl) noexcept override {
    entries[std::string(key)] = std::string(value);
    ttls[std::string(key)] = ttl;
    return sdk::Status::success();
  }
  std::map<std::string, std::string> entries;
  std::map<std::string, std::chrono::seconds> ttls;
};

class FakeCredentials final : public sdk::CredentialStore {
 public:
  std::optional<std::string> get(std::string_view) noexcept override { return std::nullopt; }
  sdk::Status put(std::string_view, std::string_view) noexcept override {
    return sdk::Status::success();
  }
};

class FakeHost final : public sdk::HostServices {
 public:
  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return log_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return *cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }

  FakeHttp http_;
  FakeLogger log_;
  FakeClock clock_;
  FakeState state_;
  FakeCache own_cache_;
  FakeCache* cache_ = &own_cache_;  // point two hosts at one cache to share it like an account
  FakeCredentials credentials_;
};

}  // namespace tributary::justcall::testing
