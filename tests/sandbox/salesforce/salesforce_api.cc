#include "tests/sandbox/salesforce/salesforce_api.h"

#include <charconv>
#include <chrono>

#include "tests/sandbox/salesforce/record_json.h"

namespace tributary::sandbox::salesforce {
namespace {

namespace json = boost::json;

constexpr std::size_t kDefaultBatch = 2000;
constexpr std::string_view kQueryPath = "/services/data/v61.0/query";

// Sforce-Query-Options: batchSize=N is a hint between 200 and 2000.
std::size_t batch_size(const Request& request) {
  auto header = request.header("sforce-query-options");
  constexpr std::string_view kKey = "batchSize=";
  auto at = header.find(kKey);
  if (at == std::string_view::npos) return kDefaultBatch;
  auto rest = header.substr(at + kKey.size());
  std::size_t n = 0;
  std::from_chars(rest.data(), rest.data() + rest.size(), n);
  return std::clamp<std::size_t>(n, 200, 2000);
}

Response array_error(int status, std::string_view code, std::string_view message) {
  return Response::json(status, error_array(code, message));
}

}  // namespace

SalesforceApi::SalesforceApi(const DatasetOptions& dataset, Settings settings)
    : dataset_(dataset),
      settings_(std::move(settings)),
      store_(dataset, settings_.contacts, settings_.leads),
      sessions_(settings_),
      allocation_(settings_.daily_limit) {}

std::int64_t SalesforceApi::now_s() const {
  return std::chrono::duration_cast<std::chrono::seconds>(settings_.clock().time_since_epoch())
      .count();
}

Response SalesforceApi::handle(const Request& request) {
  if (request.method == "POST" && request.subpath == "/services/oauth2/token")
    return sessions_.token(request, request.base_url + std::string(prefix()));
  auto header = request.header("authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (!header.starts_with(kBearer) || !sessions_.admit(header.substr(kBearer.size())))
    return error(401, "Session expired or invalid");
  if (!allocation_.spend()) {
    auto refused = array_error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    refused.set_header("Sforce-Limit-Info", allocation_.header());
    return refused;
  }
  auto response = api(request);
  response.set_header("Sforce-Limit-Info", allocation_.header());
  return response;
}

Response SalesforceApi::api(const Request& request) {
  if (request.method != "GET")
    return array_error(405, "METHOD_NOT_ALLOWED",
                       "HTTP Method '" + request.method + "' not allowed. Allowed are GET");
  if (request.subpath == kQueryPath) return query(request);
  auto more_prefix = std::string(kQueryPath) + "/";
  if (request.subpath.starts_with(more_prefix))
    return more(request, std::string_view(request.subpath).substr(more_prefix.size()));
  if (request.subpath == "/services/data/v61.0/limits")
    return Response::json(200,
                          json::object{{"DailyApiRequests", {{"Max", settings_.daily_limit}}}});
  return array_error(404, "NOT_FOUND", "The requested resource does not exist");
}

Response SalesforceApi::query(const Request& request) {
  auto q = request.query.find("q");
  if (q == request.query.end() || q->second.empty())
    return array_error(400, "MALFORMED_QUERY", "A query string has to be specified");
  try {
    auto result = store_.run(parse_soql(q->second), batch_size(request));
    return page(result, 0, batch_size(request));
  } catch (const SoqlError& e) {
    return array_error(400, e.code(), e.what());
  }
}

Response SalesforceApi::more(const Request& request, std::string_view locator_and_offset) {
  auto dash = locator_and_offset.rfind('-');
  std::size_t offset = 0;
  if (dash != std::string_view::npos) {
    auto digits = locator_and_offset.substr(dash + 1);
    std::from_chars(digits.data(), digits.data() + digits.size(), offset);
  }
  auto result = store_.cursor(std::string(locator_and_offset.substr(0, dash)));
  if (!result || dash == std::string_view::npos)
    return array_error(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
  return page(*result, offset, batch_size(request));
}

Response SalesforceApi::page(const QueryResult& result, std::size_t offset,
                             std::size_t batch) const {
  json::array records;
  auto end = std::min(offset + batch, result.records.size());
  for (auto i = offset; i < end; ++i)
    records.push_back(record_json(result.records[i], result.fields, store_.users()));
  json::object out{{"totalSize", result.records.size()}, {"done", end >= result.records.size()}};
  if (end < result.records.size())
    out["nextRecordsUrl"] =
        std::string(kQueryPath) + "/" + result.locator + "-" + std::to_string(end);
  out["records"] = std::move(records);
  return Response::json(200, out);
}

boost::json::value SalesforceApi::expected(const QueryParams&) {
  return expected_records(store_.all(), store_.users());
}

Response SalesforceApi::error(int status, std::string_view message) const {
  std::string_view code = status == 401   ? "INVALID_SESSION_ID"
                          : status == 404 ? "NOT_FOUND"
                          : status == 400 ? "MALFORMED_QUERY"
                          : status == 503 ? "SERVER_UNAVAILABLE"
                                          : "UNKNOWN_EXCEPTION";
  return array_error(status, code, message);
}

VendorApiPtr make_salesforce(const DatasetOptions& dataset, const Settings& settings) {
  return std::make_unique<SalesforceApi>(dataset, settings);
}

}  // namespace tributary::sandbox::salesforce
