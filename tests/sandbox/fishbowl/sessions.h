#pragma once
// Fishbowl's login state: each logged-in session holds one concurrent-user licence seat until it
// logs out (or an admin expires it, as the server's own timeout would). Admin toggles make the
// server require approval of new integrated apps and a multi-factor code, and make the next
// data-queries fail, so a test can drive every path a connector must handle.

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "tests/sandbox/fishbowl/settings.h"

namespace tributary::sandbox::fishbowl {

struct LoginRequest {
  std::string app_name;
  std::int64_t app_id = 0;
  std::string username;
  std::string password;
  std::string mfa_code;
};

struct LoginOutcome {
  int status = 200;
  std::string token;    // on success
  std::string message;  // on failure
  bool mfa_required = false;
};

class SessionLedger {
 public:
  SessionLedger(Settings settings, std::uint64_t seed);

  LoginOutcome login(const LoginRequest& request);
  bool valid(const std::string& token) const;
  bool logout(const std::string& token);  // false: no such session

  // {"seats": N, "held": k, "sessions": [{"username","app_name","app_id","number"}], "logins",
  //  "logouts", "pending_apps": [...]}
  boost::json::object seats() const;
  int held() const;

  void expire_all();  // as if the server timed every session out
  void require_approval(bool on);
  void approve(const std::string& app_name);
  void require_mfa(const std::string& code);  // empty: off
  void fail_next_queries(int count, int status);
  std::optional<int> take_query_failure();  // the status the next data-query must answer

 private:
  struct Open {
    std::string username;
    std::string app_name;
    std::int64_t app_id = 0;
    std::uint64_t number = 0;
  };

  Settings settings_;
  std::uint64_t seed_;
  mutable std::mutex mutex_;
  std::map<std::string, Open> sessions_;  // by token
  std::uint64_t logins_ = 0, logouts_ = 0;
  bool require_approval_ = false;
  std::set<std::string> approved_, pending_;
  std::string mfa_code_;
  int failures_left_ = 0;
  int failure_status_ = 500;
};

}  // namespace tributary::sandbox::fishbowl
