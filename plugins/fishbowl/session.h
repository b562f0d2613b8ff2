#pragma once
// One Fishbowl REST session. Each logged-in session holds one of the server's concurrent-user
// licence seats until it logs out, so whoever opens a Session must see logout() called on every
// path; the destructor logs out as a last resort so an exception cannot leak a seat either.

#include <string>
#include <string_view>

#include "plugins/fishbowl/config.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/services.h"

namespace tributary::fishbowl {

class Session {
 public:
  Session(sdk::HostServices& host, const RestSettings& settings);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // POST /api/login. Failures say what to do: approve the app in Fishbowl, set mfa_code, check
  // the credentials, or wait for a free licence seat.
  sdk::Status login();

  // GET base_url + path_and_query with the session's token. A 401 means the server dropped the
  // session (it has no documented lifetime): log in again, once per Session, and retry.
  sdk::Result<sdk::HttpResponse> get(const std::string& path_and_query, std::string_view what);

  // POST /api/logout; frees the seat. A 401 means the session was already gone, which is fine.
  sdk::Status logout();

  bool active() const { return !token_.empty(); }
  int logins() const { return logins_; }

 private:
  sdk::Result<sdk::HttpResponse> send_with_token(const std::string& path_and_query);

  sdk::HostServices& host_;
  const RestSettings& settings_;
  std::string token_;
  int logins_ = 0;
  bool relogged_ = false;
};

// Fishbowl's error text from a response ({"message": ...}), or the start of the body.
std::string vendor_message(const sdk::HttpResponse& response);

// What a failed POST /api/login means, for an operator.
sdk::Status login_failure(const sdk::HttpResponse& response, const RestSettings& settings);

}  // namespace tributary::fishbowl
