#include "tests/sandbox/salesforce/sessions.h"

#include <boost/json/object.hpp>

#include "tests/sandbox/hubspot/form_body.h"

namespace tributary::sandbox::salesforce {
namespace {

Response oauth_error(std::string_view error, std::string_view description) {
  return Response::json(400,
                        boost::json::object{{"error", error}, {"error_description", description}});
}

}  // namespace

Response Sessions::token(const Request& request, const std::string& instance_url) {
  crm::FormBody field(request.body);
  if (field["grant_type"] != "refresh_token")
    return oauth_error("unsupported_grant_type", "grant type not supported");
  if (field["client_id"] != settings_.client_id)
    return oauth_error("invalid_client_id", "client identifier invalid");
  if (field["client_secret"] != settings_.client_secret)
    return oauth_error("invalid_client", "invalid client credentials");
  if (field["refresh_token"] != settings_.refresh_token)
    return oauth_error("invalid_grant", "expired access/refresh token");
  std::lock_guard lock(mutex_);
  auto n = ++counter_;
  auto token = "00DSB0000000001!AQsession." + std::to_string(n);
  calls_left_[token] = settings_.session_requests > 0 ? settings_.session_requests : -1;
  return Response::json(
      200, boost::json::object{
               {"access_token", token},
               {"instance_url", instance_url},
               {"id", "https://login.salesforce.com/id/00DSB0000000001EAA/005000000000001AAA"},
               {"token_type", "Bearer"},
               {"issued_at", "1717660800000"},
               {"signature", "c2FuZGJveC1zaWduYXR1cmU="},
               {"scope", "api refresh_token"}});
}

bool Sessions::admit(std::string_view bearer) {
  std::lock_guard lock(mutex_);
  auto it = calls_left_.find(bearer);
  if (it == calls_left_.end() || it->second == 0) return false;
  if (it->second > 0) --it->second;
  return true;
}

void Sessions::expire_all() {
  std::lock_guard lock(mutex_);
  for (auto& [token, left] : calls_left_) left = 0;
}

int Sessions::issued() const {
  std::lock_guard lock(mutex_);
  return counter_;
}

bool Allocation::spend() {
  std::lock_guard lock(mutex_);
  if (used_ >= limit_) return false;
  ++used_;
  return true;
}

void Allocation::set_remaining(std::int64_t remaining) {
  std::lock_guard lock(mutex_);
  limit_ = used_ + remaining;
}

std::string Allocation::header() const {
  std::lock_guard lock(mutex_);
  return "api-usage=" + std::to_string(used_) + "/" + std::to_string(limit_);
}

}  // namespace tributary::sandbox::salesforce
