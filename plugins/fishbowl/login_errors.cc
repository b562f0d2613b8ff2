// Fishbowl's login failures turned into messages an operator can act on.
#include <boost/json.hpp>

#include "plugins/fishbowl/session.h"
#include "tributary/sdk/json.h"

namespace tributary::fishbowl {

namespace {

bool mentions(std::string_view text, std::initializer_list<std::string_view> words) {
  auto folded = fold(text);
  for (auto w : words) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

std::string said(const sdk::HttpResponse& response) {
  auto message = vendor_message(response);
  return message.empty() ? std::string() : " (Fishbowl said: \"" + message + "\")";
}

}  // namespace

std::string vendor_message(const sdk::HttpResponse& response) {
  constexpr std::size_t kMax = 300;
  std::string message;
  if (auto parsed = sdk::parse_json(response.body, "error body")) {
    message = sdk::get_string(*parsed, "message").value_or("");
  }
  if (message.empty() && !response.body.starts_with('{')) message = response.body;
  if (message.size() > kMax) message = message.substr(0, kMax) + "...";
  return message;
}

sdk::Status login_failure(const sdk::HttpResponse& response, const RestSettings& settings) {
  std::string where = "Fishbowl POST /api/login as '" + settings.username + "' answered HTTP " +
                      std::to_string(response.status);
  if (response.status == 401) {
    if (!response.header("MFA").empty()) {
      return sdk::Status::auth(
          where + " with 'MFA: Required': " +
          (settings.mfa_code.empty()
               ? "this Fishbowl user needs a multi-factor code; set mfa_code in the connector's "
                 "config"
               : "the mfa_code in the connector's config was not accepted (codes expire; set a "
                 "current one)") +
          ". A scheduled pipeline is better served by an integration user without MFA" +
          said(response));
    }
    auto message = vendor_message(response);
    if (mentions(message, {"approv"})) {
      return sdk::Status::auth(where +
                               ": the integration is not approved yet; a Fishbowl "
                               "administrator must approve app \"" +
                               settings.app_name + "\" (app id " + std::to_string(settings.app_id) +
                               ") in Fishbowl Settings > Integrations, then run again" +
                               said(response));
    }
    if (mentions(message, {"seat", "licen", "maximum number"})) {
      return sdk::Status::transient(
          where +
          ": every concurrent-user licence seat is in use; a session that was never "
          "logged out holds its seat until the Fishbowl server times it out" +
          said(response));
    }
    return sdk::Status::auth(where +
                             ": the login was refused; check username and password in "
                             "this connector's config" +
                             said(response));
  }
  if (response.status == 404) {
    return sdk::Status::config(
        where + ": there is no /api/login under base_url '" + settings.base_url +
        "'; expected the server root, e.g. http://fishbowl.local:2456" + said(response));
  }
  return sdk::status_from_http(response, "Fishbowl POST /api/login");
}

}  // namespace tributary::fishbowl
