#pragma once
// One call to HubSpot through the host's client: the Bearer token (refreshed once on a 401 when
// OAuth), and HubSpot's error bodies turned into Statuses an operator can act on.

#include <optional>
#include <string>
#include <string_view>

#include "plugins/hubspot/config.h"
#include "plugins/hubspot/token_source.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/services.h"

namespace tributary::hubspot {

class HubSpotApi {
 public:
  HubSpotApi(sdk::HostServices& host, const HubSpotConfig& config);

  sdk::Result<sdk::HttpResponse> get(const std::string& path_and_query, std::string_view what);
  sdk::Result<sdk::HttpResponse> post_json(const std::string& path, std::string body,
                                           std::string_view what);

  int token_refreshes() const { return tokens_.refreshes(); }

 private:
  sdk::Result<sdk::HttpResponse> send(sdk::HttpRequest request, std::string_view what);

  sdk::HostServices& host_;
  const HubSpotConfig& config_;
  TokenSource tokens_;
};

// A non-2xx HubSpot answer as a Status: 429 DAILY is quota_exhausted (the daily allowance will
// not refill during the run), other 429s rate_limited (the host already waited), 403
// MISSING_SCOPES names the scopes to grant, 400 quotes HubSpot's message (a bad property name),
// 404 points at base_url, 5xx is transient.
sdk::Status error_status(const sdk::HttpResponse& response, std::string_view what,
                         const HubSpotConfig& config);

// quota_exhausted when the response's daily headers say `max_percent` % or more of the account's
// daily allowance is used; nothing when they say less or are absent (search answers, OAuth apps).
std::optional<sdk::Status> daily_allowance_spent(const sdk::HttpResponse& response,
                                                 std::string_view what, int max_percent);

// The "message" of a HubSpot error body, cut to 200 characters; "" when there is none.
std::string vendor_message(const sdk::HttpResponse& response);

}  // namespace tributary::hubspot
