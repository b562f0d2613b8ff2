#include "host/runner/unit_services.h"

#include <cstdio>

namespace tributary::host {

namespace {
std::int64_t unix_now(const sdk::Clock& c) {
  return std::chrono::duration_cast<std::chrono::seconds>(c.now().time_since_epoch()).count();
}
}  // namespace

UnitServices::UnitServices(Store& store, const sdk::Clock& clock,
                           Redactor& redactor, std::string log_prefix, UnitScopes scopes,
                           HttpPolicy policy, std::shared_ptr<RateBudgetLimiter> budget,
                           HttpStats* stats, const std::atomic<bool>* stop)
    : clock_(clock),
      stop_(stop),
      logger_(std::move(log_prefix), &redactor),
      http_(policy, std::move(budget), &redactor, &logger_, stats),
      state_(store, scopes.state),
      cache_(store, clock, scopes.account),
      credentials_(store, clock, redactor, scopes.account) {}

std::optional<std::string> UnitServices::StoreState::get(std::string_view key) const noexcept {
  try {
    return store_.get_state(scope_, std::string(key));
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<std::string> UnitServices::StoreCache::get(std::string_view key) noexcept {
  try {
    return store_.cache_get(scope_, std::string(key), unix_now(clock_));
  } catch (...) {
    return std::nullopt;
  }
}

sdk::Status UnitServices::StoreCache::put(std::string_view key, std::string_view value,
                                          std::chrono::seconds ttl) noexcept {
  try {
    store_.cache_put(scope_, std::string(key), std::string(value), unix_now(clock_) + ttl.count());
    return sdk::Status::success();
  } catch (const std::exception& e) {
    return sdk::Status::internal(std::string("cache write failed: ") + e.what());
  }
}

std::optional<std::string> UnitServices::StoreCredentials::get(std::string_view name) noexcept {
  try {
    auto v = store_.credential_get(scope_, std::string(name));
    if (v) redactor_.add(*v);
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

sdk::Status UnitServices::StoreCredentials::put(std::string_view name,
                                                std::string_view value) noexcept {
  try {
    redactor_.add(value);
    store_.credential_put(scope_, std::string(name), std::string(value), unix_now(clock_));
    return sdk::Status::success();
  } catch (const std::exception& e) {
    return sdk::Status::internal(std::string("credential write failed: ") + e.what());
  }
}

std::string account_tag(const std::string& material) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : material) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace tributary::host
