#pragma once
// The Bearer token for each HubSpot call. A private-app token is sent as configured. An OAuth
// access token lives about 30 minutes: the newest one the host persisted is used while it has
// more than five minutes left, otherwise it is refreshed first (POST /oauth/v1/token), as
// HubSpot advises; a 401 earns one more refresh. New tokens go to the host's credential store
// (which also redacts them) and never into a log line or a Status.

#include <cstdint>
#include <string>

#include "plugins/hubspot/config.h"
#include "tributary/sdk/services.h"

namespace tributary::hubspot {

inline constexpr const char* kAccessTokenCredential = "access_token";
inline constexpr const char* kAccessTokenExpiryCredential = "access_token_expires_at";
inline constexpr const char* kRefreshTokenCredential = "refresh_token";

class TokenSource {
 public:
  TokenSource(sdk::HostServices& host, const HubSpotConfig& config);

  // The token to send now; refreshes an OAuth token that is missing or about to expire.
  sdk::Result<std::string> bearer();

  // HubSpot answered 401 to `bearer()`'s token. OAuth: refresh (once per unit) and return
  // success so the caller retries. Private app, or a refreshed token rejected again: kAuth.
  sdk::Status after_rejection(std::string_view vendor_message);

  int refreshes() const { return refreshes_; }

 private:
  sdk::Status refresh();
  std::int64_t now_unix() const;

  sdk::HostServices& host_;
  const HubSpotConfig& config_;
  std::string access_token_;
  std::int64_t expires_at_ = 0;  // 0: unknown (a configured token); used until rejected
  bool loaded_ = false;
  bool renewed_after_rejection_ = false;
  int refreshes_ = 0;
};

}  // namespace tributary::hubspot
