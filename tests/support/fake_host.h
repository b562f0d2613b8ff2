#pragma once
// Host services for driving a connector in-process, without a host: scripted HTTP answers that
// record every request, a logger that keeps its lines, a settable clock, settable committed
// state, an in-memory cache (shareable between two hosts, like an account's), a credential store
// that records what it was handed, and a stop flag raised after N requests. Every connector's
// unit tests use this one; the real host's services are tested through the runner.

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::testing {

// A JSON answer (Content-Type: application/json) with the given status, body and headers.
inline sdk::HttpResponse http_answer(long status, std::string body, sdk::Headers headers = {}) {
  sdk::HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  r.headers.emplace_back("Content-Type", "application/json");
  return r;
}

class ScriptedHttp final : public sdk::HttpClient {
 public:
  using Handler = std::function<sdk::Result<sdk::HttpResponse>(const sdk::HttpRequest&)>;

  sdk::Result<sdk::HttpResponse> send(const sdk::HttpRequest& request) noexcept override {
    requests.push_back(request);
    if (requests.size() > max_requests) return sdk::Status::internal("test: runaway request loop");
    auto r = handler(request);
    if (r) r->url = request.url;
    return r;
  }

  std::vector<std::string> urls() const {
    std::vector<std::string> out;
    for (const auto& r : requests) out.push_back(r.url);
    return out;
  }
  // "POST /api/login", "GET /api/data-query", ...: method and path below `base_url`, without
  // the query string, in order.
  std::vector<std::string> calls(std::string_view base_url) const {
    std::vector<std::string> out;
    for (const auto& r : requests) {
      auto path = r.url.starts_with(base_url) ? r.url.substr(base_url.size()) : r.url;
      out.push_back(r.method + " " + path.substr(0, path.find('?')));
    }
    return out;
  }
  // The value of header `name` (exact case) on request `i`; empty when it was not sent.
  std::string header(std::size_t i, const std::string& name) const {
    for (const auto& [k, v] : requests.at(i).headers) {
      if (k == name) return v;
    }
    return {};
  }

  Handler handler = [](const sdk::HttpRequest&) { return http_answer(500, "no handler"); };
  std::vector<sdk::HttpRequest> requests;
  std::size_t max_requests = 500;  // beyond it every request fails: a connector stuck paging
};

class KeptLog final : public sdk::Logger {
 public:
  void log(sdk::LogLevel, std::string_view message) noexcept override {
    lines.emplace_back(message);
  }
  std::string all() const {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
  }
  std::vector<std::string> lines;
};

class SetClock final : public sdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const noexcept override { return at; }
  std::chrono::system_clock::time_point at{std::chrono::seconds{1717660800}};  // 2024-06-06T08Z
};

using TextMap = std::map<std::string, std::string, std::less<>>;

inline std::optional<std::string> find_text(const TextMap& map, std::string_view key) {
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

class MapState final : public sdk::StateReader {
 public:
  std::optional<std::string> get(std::string_view key) const noexcept override {
    return find_text(values, key);
  }
  TextMap values;
};

class MapCache final : public sdk::Cache {
 public:
  std::optional<std::string> get(std::string_view key) noexcept override {
    return find_text(values, key);
  }
  sdk::Status put(std::string_view key, std::string_view value,
                  std::chrono::seconds ttl) noexcept override {
    values[std::string(key)] = std::string(value);
    ttls[std::string(key)] = ttl;
    return sdk::Status::success();
  }
  TextMap values;
  std::map<std::string, std::chrono::seconds, std::less<>> ttls;
};

class KeptCredentials final : public sdk::CredentialStore {
 public:
  std::optional<std::string> get(std::string_view name) noexcept override {
    return find_text(values, name);
  }
  sdk::Status put(std::string_view name, std::string_view value) noexcept override {
    values[std::string(name)] = std::string(value);
    ++puts;
    return sdk::Status::success();
  }
  TextMap values;
  int puts = 0;
};

class FakeHost : public sdk::HostServices {
 public:
  FakeHost() = default;
  FakeHost(const FakeHost&) = delete;
  FakeHost& operator=(const FakeHost&) = delete;

  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return log_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return shared_cache ? *shared_cache : cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }
  // True once `stop_after_requests` requests were sent (never while it is negative).
  bool stop_requested() const noexcept override {
    return stop_after_requests >= 0 &&
           static_cast<long>(http_.requests.size()) >= stop_after_requests;
  }

  ScriptedHttp http_;
  KeptLog log_;
  SetClock clock_;
  MapState state_;
  MapCache cache_;
  MapCache* shared_cache = nullptr;  // point two hosts at one cache to share it like an account
  KeptCredentials credentials_;
  long stop_after_requests = -1;
};

}  // namespace tributary::testing
