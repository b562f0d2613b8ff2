#include "tests/sandbox/hubspot/hubspot_api.h"

#include <chrono>
#include <sstream>

#include "tests/sandbox/hubspot/contact_json.h"
#include "tests/sandbox/hubspot/search.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::hubspot {
namespace {

namespace json = boost::json;

constexpr std::int64_t kMaxListLimit = 100;
constexpr std::int64_t kMaxOwnersLimit = 500;

std::vector<std::string> split_properties(const QueryParams& query) {
  std::vector<std::string> out;
  auto it = query.find("properties");
  if (it == query.end())
    return {"createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"};
  std::stringstream s(it->second);
  for (std::string name; std::getline(s, name, ',');) {
    if (!name.empty()) out.push_back(name);
  }
  return out;
}

bool archived_param(const QueryParams& query) {
  return read_choice(query, "archived", {"true", "false"}).value_or("false") == "true";
}

json::object paging(const Request& request, const std::string& after) {
  return {
      {"next", {{"after", after}, {"link", request.base_url + request.path + "?after=" + after}}}};
}

Response rate_error(std::string_view policy) {
  bool daily = policy == "DAILY";
  return Response::json(
      429, json::object{{"status", "error"},
                        {"message", daily ? "You have reached your daily limit."
                                          : "You have reached your ten_secondly_rolling limit."},
                        {"errorType", "RATE_LIMIT"},
                        {"correlationId", "c033cdaa-2c40-4a64-ae48-b4cec88dad24"},
                        {"policyName", policy},
                        {"groupName", daily ? "api-calls-daily:1" : "publicapi:private-app:1"}});
}

}  // namespace

HubSpotApi::HubSpotApi(const DatasetOptions& dataset, Settings settings)
    : dataset_(dataset),
      settings_(std::move(settings)),
      store_(dataset, settings_.contacts),
      oauth_(settings_) {}

std::int64_t HubSpotApi::now_ms() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(settings_.clock().time_since_epoch())
      .count();
}

Response HubSpotApi::handle(const Request& request) {
  if (request.method == "POST" && request.subpath == "/oauth/v1/token")
    return oauth_.token(request, now_ms() / 1000);
  return authorised(request);
}

Response HubSpotApi::authorised(const Request& request) {
  auto header = request.header("authorization");
  constexpr std::string_view kBearer = "Bearer ";
  auto bearer = header.starts_with(kBearer) ? header.substr(kBearer.size()) : std::string_view{};
  switch (oauth_.check(bearer, now_ms() / 1000)) {
    case TokenCheck::kExpired:
      return Response::json(401, error_body("The OAuth token used to make this call expired.",
                                            "EXPIRED_AUTHENTICATION"));
    case TokenCheck::kUnknown:
      return error(401,
                   "Authentication credentials not found. This API supports OAuth 2.0 "
                   "authentication and you "
                   "can find more details at "
                   "https://developers.hubspot.com/docs/methods/auth/oauth-overview");
    case TokenCheck::kValid:
      break;
  }
  try {
    if (request.method == "GET" && request.subpath == "/crm/v3/owners") return owners(request);
    if (request.method == "GET" && request.subpath == "/crm/v3/objects/contacts")
      return list(request);
    if (request.method == "POST" && request.subpath == "/crm/v3/objects/contacts/search")
      return search(request);
  } catch (const BadRequest& e) {
    return error(400, e.what());
  }
  return Response::json(
      404,
      error_body("resource not found: " + request.method + " " + request.path, "OBJECT_NOT_FOUND"));
}

Response HubSpotApi::owners(const Request& request) const {
  auto limit = read_int(request.query, "limit", 100, 1, kMaxOwnersLimit);
  auto after = read_int(request.query, "after", 0, 0, 1 << 30);
  const auto& all = store_.owners();
  json::array results;
  auto end = std::min<std::int64_t>(after + limit, static_cast<std::int64_t>(all.size()));
  for (auto i = after; i < end; ++i)
    results.push_back(owner_json(all[static_cast<std::size_t>(i)]));
  json::object out{{"results", std::move(results)}};
  if (end < static_cast<std::int64_t>(all.size()))
    out["paging"] = paging(request, std::to_string(end));
  return Response::json(200, out);
}

Response HubSpotApi::list(const Request& request) const {
  auto limit = read_int(request.query, "limit", 10, 1, kMaxListLimit);
  auto after = read_int(request.query, "after", 0, 0, std::numeric_limits<std::int64_t>::max());
  auto page = store_.list(archived_param(request.query), after, limit);
  auto properties = split_properties(request.query);
  json::array results;
  for (const auto& c : page.items) results.push_back(contact_json(c, properties));
  json::object out{{"results", std::move(results)}};
  if (page.next_after) out["paging"] = paging(request, std::to_string(*page.next_after));
  return Response::json(200, out);
}

Response HubSpotApi::search(const Request& request) const {
  auto query = parse_search(request.body);
  auto matching = store_.live_matching([&](const Contact& c) { return matches(query, c); });
  return Response::json(200, search_response(query, std::move(matching), dataset_.seed));
}

boost::json::value HubSpotApi::expected(const QueryParams&) {
  return expected_contacts(store_.all(), store_.owners());
}

Response HubSpotApi::error(int status, std::string_view message) const {
  if (status == 429) return rate_error("TEN_SECONDLY_ROLLING");
  std::string_view category = status == 401   ? "INVALID_AUTHENTICATION"
                              : status == 400 ? "VALIDATION_ERROR"
                              : status == 404 ? "OBJECT_NOT_FOUND"
                                              : "INTERNAL_ERROR";
  return Response::json(status, error_body(message, category));
}

std::vector<RateWindowSpec> HubSpotApi::rate_windows() const {
  return {{"ten_secondly", settings_.rate_limit, std::chrono::seconds(10)},
          {"daily", settings_.daily_limit, std::chrono::seconds(86400)}};
}

void HubSpotApi::add_rate_headers(const Request& request, const RateLimitStatus& status,
                                  Response& response) const {
  if (status.windows.size() != 2) return;
  const auto& secondly = status.windows[0];
  const auto& daily = status.windows[1];
  // The router words every refusal the same way; only here is it known which budget ran out.
  if (!status.allowed && daily.remaining == 0) response = rate_error("DAILY");
  // Search answers carry no rate-limit headers (provider-apis.md 4.5).
  if (request.subpath.ends_with("/search")) return;
  response.set_header("X-HubSpot-RateLimit-Max", std::to_string(secondly.limit));
  response.set_header("X-HubSpot-RateLimit-Remaining", std::to_string(secondly.remaining));
  response.set_header("X-HubSpot-RateLimit-Interval-Milliseconds", "10000");
  response.set_header("X-HubSpot-RateLimit-Daily", std::to_string(daily.limit));
  response.set_header("X-HubSpot-RateLimit-Daily-Remaining", std::to_string(daily.remaining));
}

VendorApiPtr make_hubspot(const DatasetOptions& dataset, const Settings& settings) {
  return std::make_unique<HubSpotApi>(dataset, settings);
}

}  // namespace tributary::sandbox::hubspot
