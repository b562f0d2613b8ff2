#include "plugins/hubspot/hubspot_api.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "tributary/sdk/json.h"

namespace tributary::hubspot {

using sdk::Status;

namespace {

constexpr std::chrono::seconds kDailyQuotaRetry{3600};
constexpr std::chrono::seconds kRollingLimitRetry{10};

std::string field(const sdk::HttpResponse& response, std::string_view name) {
  auto parsed = sdk::parse_json(response.body, "HubSpot error body");
  if (!parsed) return {};
  return sdk::get_string(*parsed, name).value_or("");
}

std::string quoted(const std::string& message) {
  return message.empty() ? std::string() : " (\"" + message + "\")";
}

}  // namespace

std::optional<Status> daily_allowance_spent(const sdk::HttpResponse& response,
                                            std::string_view what, int max_percent) {
  const auto daily = sdk::header_integer(response, "X-HubSpot-RateLimit-Daily");
  const auto remaining = sdk::header_integer(response, "X-HubSpot-RateLimit-Daily-Remaining");
  if (!daily || !remaining || *daily <= 0) return std::nullopt;
  const std::int64_t used = *daily - std::min(*remaining, *daily);
  if (used * 100 < *daily * max_percent) return std::nullopt;
  const std::string usage = std::to_string(used) + "/" + std::to_string(*daily);
  const std::string share = std::to_string(max_percent) + "%";
  return Status::quota_exhausted(std::string(what) + ": the account's daily API allowance is at " +
                                     usage + " (X-HubSpot-RateLimit-Daily), the " +
                                     "max_api_usage_percent of " + share + " this sync may use; " +
                                     "it refills at midnight in the HubSpot account's time zone",
                                 kDailyQuotaRetry);
}

std::string vendor_message(const sdk::HttpResponse& response) {
  auto message = field(response, "message");
  constexpr std::size_t kMax = 200;
  if (message.size() > kMax) message.resize(kMax);
  return message;
}

Status error_status(const sdk::HttpResponse& response, std::string_view what,
                    const HubSpotConfig& config) {
  std::string where = std::string(what) + " answered HTTP " + std::to_string(response.status) +
                      quoted(vendor_message(response));
  switch (response.status) {
    case 429:
      if (field(response, "policyName") == "DAILY")
        return Status::quota_exhausted(
            where +
                ": the account's daily API allowance is spent; it refills at midnight in "
                "the HubSpot account's time zone",
            kDailyQuotaRetry);
      return Status::rate_limited(where +
                                      ": HubSpot's rolling limit is still exceeded after "
                                      "the host's retries",
                                  // HubSpot seldom sends Retry-After: then about 10 s.
                                  sdk::retry_after(response, kRollingLimitRetry));
    case 403:
      if (field(response, "category") == "MISSING_SCOPES")
        return Status::auth(where +
                            ": grant the app the scopes crm.objects.contacts.read and "
                            "crm.objects.owners.read");
      return Status::auth(where + ": HubSpot refused access with these credentials");
    case 404:
      return Status::config(where + ": check base_url ('" + config.base_url +
                            "'); expected the API root, e.g. https://api.hubapi.com");
    case 400:
      return Status::config(where +
                            ": HubSpot rejected the request; check description_property "
                            "names a contact property");
    default:
      return sdk::status_from_http(response, what);
  }
}

HubSpotApi::HubSpotApi(sdk::HostServices& host, const HubSpotConfig& config)
    : host_(host), config_(config), tokens_(host, config) {}

sdk::Result<sdk::HttpResponse> HubSpotApi::get(const std::string& path_and_query,
                                               std::string_view what) {
  sdk::HttpRequest request;
  request.method = "GET";
  request.url = config_.base_url + path_and_query;
  return send(std::move(request), what);
}

sdk::Result<sdk::HttpResponse> HubSpotApi::post_json(const std::string& path, std::string body,
                                                     std::string_view what) {
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = config_.base_url + path;
  request.headers = {{"Content-Type", "application/json"}};
  request.body = std::move(body);
  return send(std::move(request), what);
}

sdk::Result<sdk::HttpResponse> HubSpotApi::send(sdk::HttpRequest request, std::string_view what) {
  request.headers.emplace_back("Accept", "application/json");
  // Ends: after_rejection refuses a second 401 in the same unit.
  for (;;) {
    auto token = tokens_.bearer();
    if (!token) return token.status();
    auto sent = request;
    sent.headers.emplace_back("Authorization", "Bearer " + *token);
    auto response = host_.http().send(sent);
    if (!response) {
      auto failed = response.status();
      return Status(failed.kind(), std::string(what) + ": " + failed.message(),
                    failed.retry_after());
    }
    if (response->status >= 200 && response->status < 300) {
      // Proactive: stop before HubSpot starts refusing the whole account for the day.
      if (auto spent = daily_allowance_spent(*response, what, config_.max_api_usage_percent))
        return *spent;
      return response;
    }
    if (response->status != 401) return error_status(*response, what, config_);
    if (auto renewed = tokens_.after_rejection(vendor_message(*response)); !renewed)
      return Status(renewed.kind(), std::string(what) + ": " + renewed.message(),
                    renewed.retry_after());
  }
}

}  // namespace tributary::hubspot
