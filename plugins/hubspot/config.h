#pragma once
// The HubSpot connector's declaration (identity, config keys, outputs, budget) and its config,
// read from the host-validated JSON into typed fields.

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/status.h"

namespace tributary::hubspot {

inline constexpr const char* kName = "hubspot";
inline constexpr const char* kVersion = "0.1.0";
inline constexpr int kMaxListLimit = 100;    // GET list endpoints
inline constexpr int kMaxSearchLimit = 200;  // POST .../search
inline constexpr int kMaxOwnersLimit = 500;

// private_app: a private-app (or service-key) token sent as Bearer; it does not expire.
// oauth: an OAuth app's short-lived access token, refreshed with client id, secret and the
// refresh token; rotated tokens go to the host's credential store.
enum class AuthMode { kPrivateApp, kOAuth };

struct HubSpotConfig {
  std::string base_url;  // no trailing slash
  AuthMode auth = AuthMode::kPrivateApp;
  std::string access_token;
  std::string client_id;
  std::string client_secret;
  std::string refresh_token;
  int page_size = kMaxListLimit;
  int search_page_size = kMaxSearchLimit;
  std::int64_t lookback_seconds = 300;
  bool include_archived = true;
  std::string description_property = "message";
  // Stop (quota_exhausted) once a response says this share of the account's daily allowance is
  // used (X-HubSpot-RateLimit-Daily / -Daily-Remaining), leaving the rest to other integrations.
  int max_api_usage_percent = 90;
};

const sdk::Declaration& declaration();

// Reads the validated config (declared defaults fill absent keys) and checks what the
// declaration cannot say: ranges, the URL, and the keys each auth mode needs. A kConfig Status
// names the key, the value and what would be accepted.
sdk::Result<HubSpotConfig> parse_config(const boost::json::object& config);

}  // namespace tributary::hubspot
