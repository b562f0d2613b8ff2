#include "host/conformance/probe_services.h"

#include "host/conformance/probe_setup.h"

namespace tributary::host::conformance {

std::vector<std::vector<sdk::UserRef>> unit_users(const ProbeSetup& setup) {
  std::vector<std::vector<sdk::UserRef>> units;
  if (setup.declaration.scope == sdk::FetchScope::kPerAccount) {
    units.push_back(setup.users);
  } else {
    for (const auto& u : setup.users) units.push_back({u});
  }
  return units;
}

std::string_view level_name(sdk::LogLevel level) {
  switch (level) {
    case sdk::LogLevel::kDebug: return "debug";
    case sdk::LogLevel::kInfo: return "info";
    case sdk::LogLevel::kWarn: return "warn";
    case sdk::LogLevel::kError: return "error";
  }
  return "info";
}

void CapturingLogger::log(sdk::LogLevel level, std::string_view message) noexcept {
  try {
    lines.push_back({level, std::string(message)});
  } catch (...) {
  }
}

std::optional<std::string> MemoryCache::get(std::string_view key) noexcept {
  auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

// Expiry does not matter inside one check: the host clock does not move.
sdk::Status MemoryCache::put(std::string_view key, std::string_view value, std::chrono::seconds) noexcept {
  try {
    values_[std::string(key)] = std::string(value);
    return sdk::Status::success();
  } catch (const std::exception& e) {
    return sdk::Status::internal(e.what());
  }
}

std::optional<std::string> MemoryCredentials::get(std::string_view name) noexcept {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

sdk::Status MemoryCredentials::put(std::string_view name, std::string_view value) noexcept {
  try {
    values_[std::string(name)] = std::string(value);
    put_values.emplace_back(value);
    return sdk::Status::success();
  } catch (const std::exception& e) {
    return sdk::Status::internal(e.what());
  }
}

std::optional<std::string> ProbeServices::MapState::get(std::string_view key) const noexcept {
  auto it = state_.find(std::string(key));
  if (it == state_.end()) return std::nullopt;
  return it->second;
}

ProbeServices::ProbeServices(const HttpPolicy& policy, std::chrono::system_clock::time_point now,
                             sdk::StateMap state, MemoryCache& cache, MemoryCredentials& credentials)
    : clock_(now),
      http_(policy, nullptr, nullptr, &http_logger_, nullptr),
      state_(std::move(state)),
      cache_(cache),
      credentials_(credentials) {}

}  // namespace tributary::host::conformance
