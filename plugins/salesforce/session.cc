#include "plugins/salesforce/session.h"

#include <chrono>

#include "plugins/salesforce/api_error.h"
#include "tributary/sdk/json.h"

namespace tributary::salesforce {

using sdk::Status;

namespace {

constexpr std::chrono::hours kInstanceUrlTtl{24 * 30};

std::string reauthorise_hint() {
  return "the refresh token was revoked or expired, or the client credentials are wrong; "
         "authorise the connected app again and put the new refresh token in this connector's "
         "refresh_token";
}

}  // namespace

Session::Session(sdk::HostServices& host, const SalesforceConfig& config)
    : host_(host), config_(config) {}

Status Session::ensure_open() {
  if (!loaded_) {
    loaded_ = true;
    access_token_ = host_.credentials().get(kAccessTokenCredential).value_or("");
    instance_url_ = host_.cache().get(kInstanceUrlCacheKey).value_or("");
  }
  if (!access_token_.empty() && !instance_url_.empty()) return Status::success();
  return refresh();
}

Status Session::refresh() {
  auto& credentials = host_.credentials();
  auto refresh_token = credentials.get(kRefreshTokenCredential).value_or(config_.refresh_token);
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = config_.login_url + "/services/oauth2/token";
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}};
  request.body = "grant_type=refresh_token&client_id=" + sdk::url_encode(config_.client_id) +
                 "&client_secret=" + sdk::url_encode(config_.client_secret) +
                 "&refresh_token=" + sdk::url_encode(refresh_token);
  const std::string what = "Salesforce POST /services/oauth2/token";
  auto response = host_.http().send(request);
  if (!response) {
    auto failed = response.status();
    return Status(failed.kind(), what + ": " + failed.message(), failed.retry_after());
  }
  if (response->status == 400 || response->status == 401) {
    auto body = sdk::parse_json(response->body, what);
    auto error = body ? sdk::get_string(*body, "error").value_or("") : std::string();
    return Status::auth(what + " answered HTTP " + std::to_string(response->status) +
                        (error.empty() ? "" : " " + error) + ": " + reauthorise_hint());
  }
  if (auto s = sdk::status_from_http(*response, what); !s) return s;
  auto body = sdk::parse_json(response->body, what);
  if (!body) return body.status();
  auto token = sdk::get_string(*body, "access_token");
  auto instance = sdk::get_string(*body, "instance_url");
  if (!token || token->empty() || !instance || instance->empty())
    return Status::data(what + " answered without access_token and instance_url");
  while (instance->ends_with('/')) instance->pop_back();

  access_token_ = *token;
  instance_url_ = *instance;
  ++refreshes_;
  if (auto s = credentials.put(kAccessTokenCredential, access_token_); !s) return s;
  if (auto rotated = sdk::get_string(*body, "refresh_token");
      rotated && !rotated->empty() && *rotated != refresh_token) {
    if (auto s = credentials.put(kRefreshTokenCredential, *rotated); !s) return s;
  }
  (void)host_.cache().put(kInstanceUrlCacheKey, instance_url_, kInstanceUrlTtl);
  host_.log().info("Salesforce session refreshed; instance " + instance_url_);
  return Status::success();
}

sdk::Result<sdk::HttpResponse> Session::get(const std::string& path, const sdk::Headers& headers,
                                            std::string_view what) {
  if (auto s = ensure_open(); !s) return s;
  for (int attempt = 0;; ++attempt) {
    sdk::HttpRequest request;
    request.url = instance_url_ + path;
    request.headers = headers;
    request.headers.emplace_back("Accept", "application/json");
    request.headers.emplace_back("Authorization", "Bearer " + access_token_);
    auto response = host_.http().send(request);
    if (!response) {
      auto failed = response.status();
      return Status(failed.kind(), std::string(what) + ": " + failed.message(),
                    failed.retry_after());
    }
    if (auto limit = response->header("Sforce-Limit-Info"); !limit.empty()) limit_info_ = limit;
    bool expired = response->status == 401 && api_error(*response).code == kInvalidSession;
    if (!expired || attempt > 0) return response;
    host_.log().info(std::string(what) + ": session expired (INVALID_SESSION_ID); refreshing once");
    if (auto s = refresh(); !s) return s;
  }
}

}  // namespace tributary::salesforce
