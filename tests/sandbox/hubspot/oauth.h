#pragma once
// The fake HubSpot's OAuth: POST /oauth/v1/token with grant_type=refresh_token issues access
// tokens that expire after a while (or at once, through the expire-tokens admin action); the
// private-app token is always good.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "tests/sandbox/hubspot/settings.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::hubspot {

enum class TokenCheck { kValid, kExpired, kUnknown };

class OAuthServer {
 public:
  explicit OAuthServer(const Settings& settings) : settings_(settings) {}

  // Answers POST /oauth/v1/token (form-encoded body).
  Response token(const Request& request, std::int64_t now_s);
  TokenCheck check(std::string_view bearer, std::int64_t now_s) const;
  void expire_all();
  int issued() const;

 private:
  const Settings& settings_;
  mutable std::mutex mutex_;
  std::map<std::string, std::int64_t, std::less<>> expiry_;  // access token -> expires at (s)
  int counter_ = 0;
};

}  // namespace tributary::sandbox::hubspot
