#include "plugins/salesforce/api_error.h"

#include <chrono>

#include "tributary/sdk/json.h"

namespace tributary::salesforce {

using sdk::Status;

namespace {

// The allocation is a rolling 24 h window; an hour is when trying again can first make sense.
constexpr std::chrono::seconds kLimitRetry{3600};

}  // namespace

ApiError api_error(const sdk::HttpResponse& response) {
  ApiError e;
  auto parsed = sdk::parse_json(response.body, "Salesforce error body");
  if (!parsed) return e;
  const boost::json::value* first = &*parsed;
  if (parsed->is_array()) {
    if (parsed->as_array().empty()) return e;
    first = &parsed->as_array().front();
  }
  e.code = sdk::get_string(*first, "errorCode").value_or("");
  e.message = sdk::get_string(*first, "message").value_or("");
  constexpr std::size_t kMax = 200;
  if (e.message.size() > kMax) e.message.resize(kMax);
  return e;
}

Status error_status(const sdk::HttpResponse& response, std::string_view what,
                    const SalesforceConfig& config) {
  auto e = api_error(response);
  std::string where = std::string(what) + " answered HTTP " + std::to_string(response.status);
  if (!e.code.empty()) where += " " + e.code;
  if (!e.message.empty()) where += " (\"" + e.message + "\")";
  if (e.code == kRequestLimitExceeded)
    return Status::quota_exhausted(
        where +
            ": the org's daily API allocation is spent; it frees up over the rolling 24 h "
            "window",
        kLimitRetry);
  if (e.code == kInvalidSession)
    return Status::auth(where +
                        ": a freshly refreshed session was refused too; check the "
                        "connected app's session policies");
  if (e.code == "API_DISABLED_FOR_ORG")
    return Status::auth(where + ": the org's edition has no API access or it is switched off");
  if (e.code == "INSUFFICIENT_ACCESS")
    return Status::auth(where +
                        ": give the integration user read access to the objects "
                        "listed in objects");
  if (e.code == "MALFORMED_QUERY" || e.code == "INVALID_FIELD" || e.code == "INVALID_TYPE")
    return Status::config(where +
                          ": a field may be hidden from the integration user by "
                          "field-level security, or api_version ('" +
                          config.api_version + "') may be too old");
  if (e.code == "INVALID_QUERY_LOCATOR")
    return Status::transient(where +
                             ": the query cursor expired; the next run restarts from "
                             "the committed cursor");
  if (response.status == 404)
    return Status::config(where + ": check api_version ('" + config.api_version +
                          "') and login_url ('" + config.login_url + "')");
  return sdk::status_from_http(response, what);
}

}  // namespace tributary::salesforce
