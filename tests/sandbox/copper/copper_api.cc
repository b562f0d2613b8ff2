#include "tests/sandbox/copper/copper_api.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include <boost/json/parse.hpp>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/copper/expected.h"
#include "tests/sandbox/copper/search.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

Response with_total(SearchPage page) {
  auto response = Response::json(200, page.records);
  response.set_header("X-PW-TOTAL", std::to_string(page.total));
  return response;
}

}  // namespace

CopperApi::CopperApi(const DatasetOptions& dataset, Settings settings)
    : settings_(std::move(settings)), data_(dataset) {}

std::string CopperApi::auth_problem(const Request& request) const {
  if (request.header("x-pw-accesstoken") != settings_.key)
    return "Invalid X-PW-AccessToken: send the API key of the user named in X-PW-UserEmail";
  if (request.header("x-pw-application") != "developer_api")
    return "X-PW-Application must be 'developer_api'";
  if (!iequals(request.header("x-pw-useremail"), settings_.user_email))
    return "X-PW-UserEmail must be the email of the user who owns the API key";
  return {};
}

Response CopperApi::handle(const Request& request) {
  if (auto problem = auth_problem(request); !problem.empty()) return error(401, problem);
  if (!request.subpath.starts_with(kApiRoot))
    return error(404, "No route " + request.path + "; the Copper API lives under /copper" + std::string(kApiRoot));
  auto path = std::string_view(request.subpath).substr(kApiRoot.size());
  try {
    if (request.method == "GET") return get(path);
    if (request.method == "POST") return post(path, request);
  } catch (const Unprocessable& e) {
    return error(422, e.what());
  }
  return error(405, request.method + " is not supported on " + request.path);
}

Response CopperApi::get(std::string_view path) const {
  if (path == "/activity_types") return Response::json(200, activity_types_json());
  if (path == "/pipelines") return Response::json(200, pipelines_json());
  if (path == "/pipeline_stages") return Response::json(200, pipeline_stages_json());
  if (path.starts_with("/pipeline_stages/pipeline/")) {
    auto id = std::string(path.substr(std::string_view("/pipeline_stages/pipeline/").size()));
    return Response::json(200, pipeline_stages_json(std::atoll(id.c_str())));
  }
  if (path == "/account")
    return Response::json(200, json::object{{"id", 300001}, {"name", "Tributary Demo Co"},
                                            {"primary_timezone", kAccountZone}});
  if (path == "/users/me") return Response::json(200, person_json(*data_.person(kOwnerId)));
  return error(404, "Resource not found: GET " + std::string(path));
}

Response CopperApi::post(std::string_view path, const Request& request) const {
  if (!request.header("content-type").starts_with("application/json"))
    return error(400, "POST bodies are JSON: send Content-Type: application/json");
  json::error_code ec;
  auto body = request.body.empty() ? json::value(json::object{}) : json::parse(request.body, ec);
  if (ec || !body.is_object()) return error(400, "The request body is not a JSON object");
  const auto& filters = body.get_object();
  if (path == "/activities/search") return with_total(search_activities(data_, filters));
  if (path == "/opportunities/search") return with_total(search_opportunities(data_, filters));
  if (path == "/users/search") return with_total(search_users(data_, filters));
  return error(404, "Resource not found: POST " + std::string(path));
}

json::value CopperApi::expected(const QueryParams& query) {
  return expected_totals(data_, read_date(query, "from"), read_date(query, "to"), read_zone(query, "tz"));
}

Response CopperApi::error(int status, std::string_view message) const {
  return Response::json(status, json::object{{"status", status}, {"message", message}});
}

std::vector<RateWindowSpec> CopperApi::rate_windows() const {
  return {{"minute", settings_.rate_limit, std::chrono::seconds(settings_.rate_window_s)}};
}

Response CopperApi::admin(std::string_view action, const Request& request) {
  if (action == "restore-activities") {
    data_.restore_all();
    return Response::json(200, json::object{{"deleted", "none"}});
  }
  if (!request.query.contains("user_id") || !request.query.contains("date"))
    throw BadRequest("delete-activities needs ?user_id=<Copper user id>&date=YYYY-MM-DD (" +
                     std::string(kAccountZone) + " date)");
  auto user_id = read_int(request.query, "user_id", 0, 0, std::numeric_limits<std::int64_t>::max());
  if (!data_.person(user_id))
    throw BadRequest("delete-activities: no Copper user " + std::to_string(user_id) + "; users are " +
                     std::to_string(kOwnerId) + ".." + std::to_string(data_.people().back().id));
  auto day = read_date(request.query, "date");
  auto count = data_.delete_day(user_id, day);
  return Response::json(200, json::object{{"user_id", user_id}, {"date", format_date(day)},
                                          {"activities_deleted", count}});
}

VendorApiPtr make_copper(const DatasetOptions& dataset, const Settings& settings) {
  return std::make_unique<CopperApi>(dataset, settings);
}

}  // namespace tributary::sandbox::copper
