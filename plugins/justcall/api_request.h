#pragma once
// One request to the JustCall API: authentication headers, the call through the host's client,
// and the vendor's errors turned into Statuses an operator can act on.

#include <string>
#include <string_view>

#include "plugins/justcall/config.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/services.h"

namespace tributary::justcall {

// The value of the Authorization header for the configured auth style.
std::string authorization_value(const JustCallConfig& config);

std::string base64_encode(std::string_view bytes);

// Maps a non-2xx answer: 401/403 say to check api_key/api_secret (never their values), 404 says
// to check base_url, the rest follow sdk::status_from_http. `what` names the call.
sdk::Status check_response(const sdk::HttpResponse& response, std::string_view what,
                           const JustCallConfig& config);

// GET base_url + path_and_query with auth headers; any non-2xx answer becomes a Status.
sdk::Result<sdk::HttpResponse> api_get(sdk::HostServices& host, const JustCallConfig& config,
                                       std::string_view path_and_query, std::string_view what);

}  // namespace tributary::justcall
