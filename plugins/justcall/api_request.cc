#include "plugins/justcall/api_request.h"

#include <boost/json/value.hpp>

#include "tributary/sdk/json.h"

namespace tributary::justcall {

using sdk::Status;

namespace {

// JustCall error bodies are {"status":"error","message":"..."}; anything else is not quoted.
std::string vendor_message(const sdk::HttpResponse& response) {
  auto parsed = sdk::parse_json(response.body, "error body");
  if (!parsed) return {};
  auto message = sdk::get_string(*parsed, "message");
  if (!message) return {};
  constexpr std::size_t kMax = 200;
  if (message->size() > kMax) message->resize(kMax);
  return ": \"" + *message + "\"";
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) |
                 (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += rest == 2 ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string authorization_value(const JustCallConfig& config) {
  std::string pair = config.api_key + ":" + config.api_secret;
  if (config.auth_style == AuthStyle::kBasic) return "Basic " + base64_encode(pair);
  return pair;
}

Status check_response(const sdk::HttpResponse& response, std::string_view what,
                      const JustCallConfig& config) {
  if (response.status >= 200 && response.status < 300) return Status::success();
  std::string where = std::string(what) + " answered HTTP " + std::to_string(response.status);
  if (response.status == 401 || response.status == 403) {
    return Status::auth(where + vendor_message(response) +
                        ": JustCall rejected the credentials; check api_key and api_secret in "
                        "this connector's config, that the JustCall plan includes API access, "
                        "and auth_style (raw or basic)");
  }
  if (response.status == 404) {
    // A list endpoint that does not exist means the API root is wrong, not that a user is.
    return Status::config(where + vendor_message(response) + ": check base_url ('" +
                          config.base_url +
                          "'); expected the API root, e.g. https://api.justcall.io");
  }
  return sdk::status_from_http(response, what);
}

sdk::Result<sdk::HttpResponse> api_get(sdk::HostServices& host, const JustCallConfig& config,
                                       std::string_view path_and_query, std::string_view what) {
  sdk::HttpRequest request;
  request.method = "GET";
  request.url = config.base_url + std::string(path_and_query);
  request.headers = {{"Authorization", authorization_value(config)},
                     {"Accept", "application/json"}};
  auto response = host.http().send(request);
  if (!response) {
    auto failed = response.status();
    return Status(failed.kind(), std::string(what) + ": " + failed.message(), failed.retry_after());
  }
  if (auto status = check_response(*response, what, config); !status) return status;
  return response;
}

}  // namespace tributary::justcall
