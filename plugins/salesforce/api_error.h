#pragma once
// Salesforce REST errors: the body is always a JSON array, [{"message","errorCode","fields"}].

#include <string>
#include <string_view>

#include "plugins/salesforce/config.h"
#include "tributary/sdk/http.h"

namespace tributary::salesforce {

inline constexpr const char* kInvalidSession = "INVALID_SESSION_ID";
inline constexpr const char* kRequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";

struct ApiError {
  std::string code;     // "INVALID_SESSION_ID"; "" when the body is not Salesforce's
  std::string message;  // cut to 200 characters
};

ApiError api_error(const sdk::HttpResponse& response);

// A non-2xx answer as a Status. REQUEST_LIMIT_EXCEEDED is kQuotaExhausted (sleeping does not
// help: the org's rolling 24 h allocation is spent); INVALID_SESSION_ID that survived a refresh,
// API_DISABLED_FOR_ORG and INSUFFICIENT_ACCESS are kAuth with what to change; MALFORMED_QUERY
// and INVALID_FIELD are kConfig (field-level security hides a field from the integration user);
// INVALID_QUERY_LOCATOR (an expired cursor) and 5xx are kTransient.
sdk::Status error_status(const sdk::HttpResponse& response, std::string_view what,
                         const SalesforceConfig& config);

}  // namespace tributary::salesforce
