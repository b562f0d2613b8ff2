#pragma once
// The host services one unit of work sees: HTTP through the shared budget, a scoped and redacted
// logger, the clock, committed state, the cache and the credential store, all backed by the Store.

#include <atomic>
#include <memory>
#include <string>

#include "host/core/logging.h"
#include "host/core/redactor.h"
#include "host/http/http_client.h"
#include "host/store/store.h"
#include "tributary/sdk/services.h"

namespace tributary::host {

struct UnitScopes {
  std::string state;        // "<pipeline>/<connector>[/<user>]"
  std::string account;      // "<plugin>/<account hash>": cache and credentials
};

class UnitServices final : public sdk::HostServices {
 public:
  UnitServices(Store& store, const sdk::Clock& clock, Redactor& redactor,
               std::string log_prefix, UnitScopes scopes, HttpPolicy policy,
               std::shared_ptr<RateBudgetLimiter> budget, HttpStats* stats,
               const std::atomic<bool>* stop = nullptr);

  sdk::HttpClient& http() noexcept override { return http_; }
  sdk::Logger& log() noexcept override { return logger_; }
  const sdk::Clock& clock() noexcept override { return clock_; }
  const sdk::StateReader& state() noexcept override { return state_; }
  sdk::Cache& cache() noexcept override { return cache_; }
  sdk::CredentialStore& credentials() noexcept override { return credentials_; }
  bool stop_requested() const noexcept override { return stop_ && stop_->load(); }

 private:
  class StoreState final : public sdk::StateReader {
   public:
    StoreState(Store& s, std::string scope) : store_(s), scope_(std::move(scope)) {}
    std::optional<std::string> get(std::string_view key) const noexcept override;

   private:
    Store& store_;
    std::string scope_;
  };
  class StoreCache final : public sdk::Cache {
   public:
    StoreCache(Store& s, const sdk::Clock& c, std::string scope)
        : store_(s), clock_(c), scope_(std::move(scope)) {}
    std::optional<std::string> get(std::string_view key) noexcept override;
    sdk::Status put(std::string_view key, std::string_view value,
                    std::chrono::seconds ttl) noexcept override;

   private:
    Store& store_;
    const sdk::Clock& clock_;
    std::string scope_;
  };
  class StoreCredentials final : public sdk::CredentialStore {
   public:
    StoreCredentials(Store& s, const sdk::Clock& c, Redactor& r, std::string scope)
        : store_(s), clock_(c), redactor_(r), scope_(std::move(scope)) {}
    std::optional<std::string> get(std::string_view name) noexcept override;
    sdk::Status put(std::string_view name, std::string_view value) noexcept override;

   private:
    Store& store_;
    const sdk::Clock& clock_;
    Redactor& redactor_;
    std::string scope_;
  };

  const sdk::Clock& clock_;
  const std::atomic<bool>* stop_;
  ScopedLogger logger_;
  CurlHttpClient http_;
  StoreState state_;
  StoreCache cache_;
  StoreCredentials credentials_;
};

// A stable, non-reversible-looking tag for an account's credentials (FNV-1a 64, hex), so budgets
// and caches are shared per account without keeping the secret itself in a key.
std::string account_tag(const std::string& material);

}  // namespace tributary::host
