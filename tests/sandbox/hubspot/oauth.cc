#include "tests/sandbox/hubspot/oauth.h"

#include <boost/json/object.hpp>

#include "tests/sandbox/hubspot/form_body.h"

namespace tributary::sandbox::hubspot {
namespace {

Response oauth_error(std::string_view status, std::string_view message) {
  return Response::json(
      400, boost::json::object{{"status", status},
                               {"message", message},
                               {"correlationId", "00000000-0000-4000-8000-000000000000"}});
}

}  // namespace

Response OAuthServer::token(const Request& request, std::int64_t now_s) {
  crm::FormBody field(request.body);
  if (field["grant_type"] != "refresh_token")
    return oauth_error("BAD_GRANT_TYPE",
                       "grant_type must be refresh_token (or authorization_code)");
  if (field["client_id"] != settings_.client_id ||
      field["client_secret"] != settings_.client_secret)
    return oauth_error("BAD_CLIENT_ID", "missing or unknown client id or secret");
  if (field["refresh_token"] != settings_.refresh_token)
    return oauth_error("BAD_REFRESH_TOKEN", "missing or unknown refresh token");
  std::lock_guard lock(mutex_);
  auto access = "hs-oauth-" + std::to_string(++counter_);
  expiry_[access] = now_s + settings_.access_token_ttl_s;
  return Response::json(200, boost::json::object{{"token_type", "bearer"},
                                                 {"refresh_token", settings_.refresh_token},
                                                 {"access_token", access},
                                                 {"expires_in", settings_.access_token_ttl_s}});
}

TokenCheck OAuthServer::check(std::string_view bearer, std::int64_t now_s) const {
  if (bearer == settings_.token) return TokenCheck::kValid;
  std::lock_guard lock(mutex_);
  auto it = expiry_.find(bearer);
  if (it == expiry_.end()) return TokenCheck::kUnknown;
  return now_s < it->second ? TokenCheck::kValid : TokenCheck::kExpired;
}

void OAuthServer::expire_all() {
  std::lock_guard lock(mutex_);
  for (auto& [token, expires] : expiry_) expires = 0;
}

int OAuthServer::issued() const {
  std::lock_guard lock(mutex_);
  return counter_;
}

}  // namespace tributary::sandbox::hubspot
