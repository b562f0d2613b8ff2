#pragma once
// Host services for driving the CRM connectors (HubSpot, Salesforce) without a host: scripted
// HTTP answers, settable committed state, a credential store that records what it was handed,
// a settable clock and a logger that keeps its lines.

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tributary/sdk/services.h"

namespace tributary::host::testing {

inline sdk::HttpResponse answer(long status, std::string body, sdk::Headers headers = {}) {
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
    if (requests.size() > 500) return sdk::Status::internal("test: runaway request loop");
    auto r = handler(request);
    if (r) r->url = request.url;
    return r;
  }
  std::string header(std::size_t i, const std::string& name) const {
    for (const auto& [k, v] : requests.at(i).headers) {
      if (k == name) return v;
    }
    return {};
  }
  Handler handler = [](const sdk::HttpRequest&) { return answer(500, "no handler"); };
  std::vector<sdk::HttpRequest> requests;
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

class MapState final : public sdk::StateReader {
 public:
  std::optional<std::string> get(std::string_view key) const noexcept override {
    auto it = values.find(std::string(key));
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
  std::map<std::string, std::string> values;
};

class MapCache final : public sdk::Cache {
 public:
  std::optional<std::string> get(std::string_view key) noexcept override {
    auto it = values.find(std::string(key));
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
  sdk::Status put(std::string_view key, std::string_view value,
                  std::chrono::seconds) noexcept override {
    values[std::string(key)] = std::string(value);
    return sdk::Status::success();
  }
  std::map<std::string, std::string> values;
};

class KeptCredentials final : public sdk::CredentialStore {
 public:
  std::optional<std::string> get(std::string_view name) noexcept override {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
  sdk::Status put(std::string_view name, std::string_view value) noexcept override {
    values[std::string(name)] = std::string(value);
    ++puts;
    return sdk::Status::success();
  }
  std::map<std::string, std::string> values;
  int puts = 0;
};

class CrmFakeHost final : public sdk::HostServices {
 public:
  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return log_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }

  ScriptedHttp http_;
  KeptLog log_;
  SetClock clock_;
  MapState state_;
  MapCache cache_;
  KeptCredentials credentials_;
};

}  // namespace tributary::host::testing
