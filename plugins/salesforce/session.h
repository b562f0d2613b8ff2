#pragma once
// An API session: the access token and instance_url. The newest persisted token is used first;
// without one, or when Salesforce answers 401 INVALID_SESSION_ID, the refresh_token grant gets a
// new one (the token response has no expires_in: a session lasts as long as the org's timeout).
// Each request is refreshed and retried at most once. The token goes to the host's credential
// store (which redacts it) and never into a log line or a Status; instance_url, which is no
// secret, goes to the cache so log lines keep their URLs.

#include <string>
#include <string_view>

#include "plugins/salesforce/config.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/services.h"

namespace tributary::salesforce {

inline constexpr const char* kAccessTokenCredential = "access_token";
inline constexpr const char* kRefreshTokenCredential = "refresh_token";
inline constexpr const char* kInstanceUrlCacheKey = "instance_url";

class Session {
 public:
  Session(sdk::HostServices& host, const SalesforceConfig& config);

  // GET instance_url + path (a /services/data/... path or a nextRecordsUrl). Any non-2xx answer
  // left after the one refresh comes back as a value: the caller decides (REQUEST_LIMIT_EXCEEDED
  // stops a read cleanly). A Status only when no answer could be had or refreshing failed.
  sdk::Result<sdk::HttpResponse> get(const std::string& path, const sdk::Headers& headers,
                                     std::string_view what);

  int refreshes() const { return refreshes_; }
  // The last Sforce-Limit-Info header seen ("api-usage=18/15000"); "" before any.
  const std::string& limit_info() const { return limit_info_; }

 private:
  sdk::Status ensure_open();
  sdk::Status refresh();

  sdk::HostServices& host_;
  const SalesforceConfig& config_;
  std::string access_token_;
  std::string instance_url_;
  bool loaded_ = false;
  int refreshes_ = 0;
  std::string limit_info_;
};

}  // namespace tributary::salesforce
