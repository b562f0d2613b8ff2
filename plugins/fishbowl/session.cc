#include "plugins/fishbowl/session.h"

#include <boost/json.hpp>

#include "tributary/sdk/json.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::Status;

namespace {

Status with_context(const Status& failed, std::string_view what) {
  return Status(failed.kind(), std::string(what) + ": " + failed.message(), failed.retry_after());
}

}  // namespace

Session::Session(sdk::HostServices& host, const RestSettings& settings)
    : host_(host), settings_(settings) {}

Session::~Session() {
  if (!active()) return;
  try {
    auto s = logout();
    if (!s) host_.log().warn("Fishbowl logout while unwinding failed: " + s.message());
  } catch (...) {
    // Nothing may escape a destructor; the seat frees when the server times the session out.
  }
}

Status Session::login() {
  json::object body{{"appName", settings_.app_name},
                    {"appDescription", settings_.app_description},
                    {"appId", settings_.app_id},
                    {"username", settings_.username},
                    {"password", settings_.password}};
  if (!settings_.mfa_code.empty()) body["mfaCode"] = settings_.mfa_code;
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = settings_.base_url + "/api/login";
  request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
  request.body = json::serialize(body);
  auto response = host_.http().send(request);
  if (!response) return with_context(response.status(), "Fishbowl POST /api/login");
  if (response->status < 200 || response->status >= 300) return login_failure(*response, settings_);
  auto parsed = sdk::parse_json(response->body, "Fishbowl POST /api/login");
  if (!parsed) return parsed.status();
  auto token = sdk::get_string(*parsed, "token");
  if (!token || token->empty())
    return Status::data("Fishbowl POST /api/login answered without a token; is base_url '" +
                        settings_.base_url + "' a Fishbowl Advanced server?");
  token_ = std::move(*token);
  ++logins_;
  return Status::success();
}

sdk::Result<sdk::HttpResponse> Session::send_with_token(const std::string& path_and_query) {
  sdk::HttpRequest request;
  request.method = "GET";
  request.url = settings_.base_url + path_and_query;
  request.headers = {{"Authorization", "Bearer " + token_}, {"Accept", "application/json"}};
  return host_.http().send(request);
}

sdk::Result<sdk::HttpResponse> Session::get(const std::string& path_and_query,
                                            std::string_view what) {
  if (!active()) return Status::internal(std::string(what) + ": no Fishbowl session");
  auto response = send_with_token(path_and_query);
  if (response && response->status == 401 && !relogged_) {
    relogged_ = true;
    token_.clear();  // the server already forgot it; there is nothing to log out
    host_.log().info("Fishbowl dropped the session (HTTP 401); logging in again once");
    if (auto s = login(); !s) return s;
    response = send_with_token(path_and_query);
  }
  if (!response) return with_context(response.status(), what);
  long status = response->status;
  if (status >= 200 && status < 300) return response;
  std::string where = std::string(what) + " answered HTTP " + std::to_string(status);
  auto message = vendor_message(*response);
  std::string quoted = message.empty() ? "" : " (Fishbowl said: \"" + message + "\")";
  if (status == 401)
    return Status::auth(where +
                        ": Fishbowl refused the session again right after a fresh "
                        "login" +
                        quoted);
  if (status == 403)
    return Status::auth(where + ": user '" + settings_.username +
                        "' may not use the Data module; give it access in Fishbowl" + quoted);
  if (status == 400)
    return Status::config(where +
                          ": Fishbowl rejected the query; this server's schema may "
                          "differ from the one the connector expects (see "
                          "docs/connectors/fishbowl.md)" +
                          quoted);
  return sdk::status_from_http(*response, what);
}

Status Session::logout() {
  if (!active()) return Status::success();
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = settings_.base_url + "/api/logout";
  request.headers = {{"Authorization", "Bearer " + token_}, {"Accept", "application/json"}};
  token_.clear();
  auto response = host_.http().send(request);
  if (!response) return with_context(response.status(), "Fishbowl POST /api/logout");
  if ((response->status >= 200 && response->status < 300) || response->status == 401)
    return Status::success();
  return sdk::status_from_http(*response, "Fishbowl POST /api/logout");
}

}  // namespace tributary::fishbowl
