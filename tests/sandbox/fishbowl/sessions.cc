#include "tests/sandbox/fishbowl/sessions.h"

#include <boost/json/array.hpp>
#include <cstdio>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::fishbowl {

SessionLedger::SessionLedger(Settings settings, std::uint64_t seed)
    : settings_(std::move(settings)), seed_(seed) {}

LoginOutcome SessionLedger::login(const LoginRequest& r) {
  std::lock_guard lock(mutex_);
  if (r.username != settings_.username || r.password != settings_.password)
    return {401, {}, "Invalid username or password", false};
  if (require_approval_ && !approved_.count(r.app_name)) {
    pending_.insert(r.app_name);
    return {401,
            {},
            "The integrated app '" + r.app_name + "' (id " + std::to_string(r.app_id) +
                ") has not been approved yet. A Fishbowl administrator must approve it in "
                "Settings > Integrations.",
            false};
  }
  if (!mfa_code_.empty() && r.mfa_code != mfa_code_)
    return {401, {}, r.mfa_code.empty() ? "MFA code required" : "Invalid MFA code", true};
  if (static_cast<int>(sessions_.size()) >= settings_.seats)
    return {401,
            {},
            "No licence seats available: all " + std::to_string(settings_.seats) +
                " concurrent-user seats are in use",
            false};
  ++logins_;
  char token[40];
  std::snprintf(token, sizeof token, "fb-%016llx",
                static_cast<unsigned long long>(hash_of({seed_, logins_, 0xF15B})));
  sessions_[token] = {r.username, r.app_name, r.app_id, logins_};
  return {200, token, {}, false};
}

bool SessionLedger::valid(const std::string& token) const {
  std::lock_guard lock(mutex_);
  return sessions_.count(token) > 0;
}

bool SessionLedger::logout(const std::string& token) {
  std::lock_guard lock(mutex_);
  if (sessions_.erase(token) == 0) return false;
  ++logouts_;
  return true;
}

boost::json::object SessionLedger::seats() const {
  std::lock_guard lock(mutex_);
  boost::json::array open, pending;
  for (const auto& [token, s] : sessions_)
    open.push_back({{"username", s.username},
                    {"app_name", s.app_name},
                    {"app_id", s.app_id},
                    {"number", s.number}});
  for (const auto& app : pending_) pending.emplace_back(app);
  return {{"seats", settings_.seats},    {"held", static_cast<std::int64_t>(sessions_.size())},
          {"sessions", std::move(open)}, {"logins", logins_},
          {"logouts", logouts_},         {"pending_apps", std::move(pending)}};
}

int SessionLedger::held() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(sessions_.size());
}

void SessionLedger::expire_all() {
  std::lock_guard lock(mutex_);
  sessions_.clear();
}

void SessionLedger::require_approval(bool on) {
  std::lock_guard lock(mutex_);
  require_approval_ = on;
}

void SessionLedger::approve(const std::string& app_name) {
  std::lock_guard lock(mutex_);
  approved_.insert(app_name);
  pending_.erase(app_name);
}

void SessionLedger::require_mfa(const std::string& code) {
  std::lock_guard lock(mutex_);
  mfa_code_ = code;
}

void SessionLedger::fail_next_queries(int count, int status) {
  std::lock_guard lock(mutex_);
  failures_left_ = count;
  failure_status_ = status;
}

std::optional<int> SessionLedger::take_query_failure() {
  std::lock_guard lock(mutex_);
  if (failures_left_ <= 0) return std::nullopt;
  --failures_left_;
  return failure_status_;
}

}  // namespace tributary::sandbox::fishbowl
