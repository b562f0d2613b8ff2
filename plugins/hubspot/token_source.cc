#include "plugins/hubspot/token_source.h"

#include <charconv>
#include <chrono>

#include "tributary/sdk/http.h"
#include "tributary/sdk/json.h"

namespace tributary::hubspot {

using sdk::Status;

namespace {

constexpr std::int64_t kRefreshAheadSeconds = 300;

std::int64_t to_int(const std::optional<std::string>& text) {
  std::int64_t n = 0;
  if (text) std::from_chars(text->data(), text->data() + text->size(), n);
  return n;
}

std::string form_body(const HubSpotConfig& config, const std::string& refresh_token) {
  return "grant_type=refresh_token&client_id=" + sdk::url_encode(config.client_id) +
         "&client_secret=" + sdk::url_encode(config.client_secret) +
         "&refresh_token=" + sdk::url_encode(refresh_token);
}

std::string reauthorise_hint() {
  return "re-install the OAuth app for this HubSpot account and put the new refresh token in "
         "this connector's refresh_token";
}

}  // namespace

TokenSource::TokenSource(sdk::HostServices& host, const HubSpotConfig& config)
    : host_(host), config_(config) {}

std::int64_t TokenSource::now_unix() const {
  return std::chrono::duration_cast<std::chrono::seconds>(host_.clock().now().time_since_epoch())
      .count();
}

sdk::Result<std::string> TokenSource::bearer() {
  if (config_.auth == AuthMode::kPrivateApp) return config_.access_token;
  if (!loaded_) {
    loaded_ = true;
    auto& credentials = host_.credentials();
    if (auto persisted = credentials.get(kAccessTokenCredential);
        persisted && !persisted->empty()) {
      access_token_ = *persisted;
      expires_at_ = to_int(credentials.get(kAccessTokenExpiryCredential));
    } else {
      access_token_ = config_.access_token;
    }
  }
  bool expiring = expires_at_ != 0 && now_unix() >= expires_at_ - kRefreshAheadSeconds;
  if (access_token_.empty() || expiring) {
    if (auto s = refresh(); !s) return s;
  }
  return access_token_;
}

Status TokenSource::after_rejection(std::string_view vendor_message) {
  std::string where = "HubSpot answered HTTP 401";
  if (!vendor_message.empty()) where += " (\"" + std::string(vendor_message) + "\")";
  if (config_.auth == AuthMode::kPrivateApp)
    return Status::auth(where +
                        ": the private-app token was rejected; check access_token "
                        "(a rotated or deleted private app needs its new token)");
  if (renewed_after_rejection_)
    return Status::auth(where + " to a freshly refreshed OAuth token; " + reauthorise_hint());
  renewed_after_rejection_ = true;
  return refresh();
}

Status TokenSource::refresh() {
  auto& credentials = host_.credentials();
  auto refresh_token = credentials.get(kRefreshTokenCredential).value_or(config_.refresh_token);
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = config_.base_url + "/oauth/v1/token";
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}};
  request.body = form_body(config_, refresh_token);
  const std::string what = "HubSpot POST /oauth/v1/token";
  auto response = host_.http().send(request);
  if (!response) {
    auto failed = response.status();
    return Status(failed.kind(), what + ": " + failed.message(), failed.retry_after());
  }
  if (response->status == 400 || response->status == 401)
    return Status::auth(what + " answered HTTP " + std::to_string(response->status) +
                        ": the refresh token or client credentials were refused; " +
                        reauthorise_hint());
  if (auto s = sdk::status_from_http(*response, what); !s) return s;
  auto body = sdk::parse_json(response->body, what);
  if (!body) return body.status();
  auto token = sdk::get_string(*body, "access_token");
  if (!token || token->empty()) return Status::data(what + " answered without an access_token");
  auto lifetime = sdk::get_int(*body, "expires_in").value_or(1800);

  access_token_ = *token;
  expires_at_ = now_unix() + lifetime;
  ++refreshes_;
  // Persisted before use: the host redacts the values from here on.
  if (auto s = credentials.put(kAccessTokenCredential, access_token_); !s) return s;
  if (auto s = credentials.put(kAccessTokenExpiryCredential, std::to_string(expires_at_)); !s)
    return s;
  if (auto rotated = sdk::get_string(*body, "refresh_token");
      rotated && !rotated->empty() && *rotated != refresh_token) {
    if (auto s = credentials.put(kRefreshTokenCredential, *rotated); !s) return s;
  }
  host_.log().info("HubSpot OAuth access token refreshed; valid for " + std::to_string(lifetime) +
                   " s");
  return Status::success();
}

}  // namespace tributary::hubspot
