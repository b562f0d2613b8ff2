#include "tests/sandbox/fishbowl/fishbowl_api.h"

#include <boost/json/parse.hpp>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/fishbowl/csv_export.h"
#include "tests/sandbox/fishbowl/expected.h"
#include "tests/sandbox/fishbowl/sql_engine.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;

std::string text_of(const json::object& body, std::string_view key) {
  const auto* v = body.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

bool truthy(const QueryParams& query, std::string_view name) {
  auto v = read_choice(query, name, {"true", "false", "1", "0", "on", "off"});
  if (!v)
    throw BadRequest("query parameter '" + std::string(name) + "' is required: true or false");
  return *v == "true" || *v == "1" || *v == "on";
}

std::optional<date::local_days> optional_date(const QueryParams& query, std::string_view name) {
  if (!query.contains(name)) return std::nullopt;
  return read_date(query, name);
}

}  // namespace

FishbowlApi::FishbowlApi(const DatasetOptions& dataset, Settings settings)
    : settings_(std::move(settings)),
      book_(dataset, date::locate_zone(settings_.timezone)),
      sessions_(settings_, dataset.seed) {}

Response FishbowlApi::handle(const Request& request) {
  if (request.subpath == "/api/login") {
    return request.method == "POST" ? login(request) : error(405, "use POST /api/login");
  }
  if (request.subpath == "/api/logout") {
    return request.method == "POST" ? logout(request) : error(405, "use POST /api/logout");
  }
  if (request.subpath == "/api/data-query") {
    return request.method == "GET" ? data_query(request) : error(405, "use GET /api/data-query");
  }
  return error(404, "No route " + request.path +
                        "; the sandbox serves /fishbowl/api/login, /fishbowl/api/logout and "
                        "/fishbowl/api/data-query");
}

std::string FishbowlApi::bearer(const Request& request) const {
  auto header = std::string(request.header("authorization"));
  if (header.size() > 7 && (header.starts_with("Bearer ") || header.starts_with("bearer ")))
    return header.substr(7);
  return {};
}

Response FishbowlApi::login(const Request& request) {
  boost::system::error_code ec;
  auto parsed = json::parse(request.body, ec);
  if (ec || !parsed.is_object())
    return error(
        400,
        "POST /api/login wants a JSON object {appName, appDescription, appId, username, password}");
  const auto& body = parsed.as_object();
  LoginRequest r;
  r.app_name = text_of(body, "appName");
  r.username = text_of(body, "username");
  r.password = text_of(body, "password");
  r.mfa_code = text_of(body, "mfaCode");
  const auto* app_id = body.if_contains("appId");
  if (r.app_name.empty() || !app_id || !app_id->is_number() || r.username.empty())
    return error(400, "POST /api/login needs appName, a numeric appId, username and password");
  r.app_id = app_id->to_number<std::int64_t>();
  auto outcome = sessions_.login(r);
  if (outcome.status != 200) {
    auto response = error(outcome.status, outcome.message);
    if (outcome.mfa_required) response.set_header("MFA", "Required");
    return response;
  }
  return Response::json(200, json::object{{"token", outcome.token},
                                          {"user",
                                           {{"id", 1},
                                            {"userFullName", "Sandbox Integration"},
                                            {"moduleAccessList", json::array{"Data"}},
                                            {"serverVersion", "2024.5 (tributary-sandbox)"}}}});
}

Response FishbowlApi::logout(const Request& request) {
  if (!sessions_.logout(bearer(request))) return error(401, "No session for that token");
  return Response::json(200, json::object{});
}

Response FishbowlApi::data_query(const Request& request) {
  if (!sessions_.valid(bearer(request)))
    return error(401, "Your session has expired or the token is invalid; log in again");
  if (auto status = sessions_.take_query_failure())
    return error(*status, "Data query failed (injected by tributary-sandbox)");
  auto found = request.query.find("query");
  std::string sql = found != request.query.end() ? found->second : request.body;
  if (sql.empty()) return error(400, "GET /api/data-query needs the SQL as ?query= or as the body");
  try {
    return Response::json(200, run_query(parse_sql(sql), book_.database()));
  } catch (const SqlError& e) {
    return error(400, e.what());
  }
}

json::value FishbowlApi::expected(const QueryParams& query) {
  ExpectedQuery q;
  q.from = read_date(query, "from");
  q.to = read_date(query, "to");
  q.organisation_zone = read_zone(query, "tz");
  q.date_field = std::string(
      read_choice(query, "date_field", {"issued", "completed", "posted"}).value_or("issued"));
  q.with_tax = read_choice(query, "amount", {"subtotal", "total"}).value_or("subtotal") == "total";
  return expected_sales(book_, q);
}

Response FishbowlApi::error(int status, std::string_view message) const {
  return Response::json(status, json::object{{"code", status}, {"message", message}});
}

std::vector<std::string_view> FishbowlApi::admin_actions() const {
  return {"seats",       "expire-sessions", "fail-queries", "require-approval",
          "approve-app", "require-mfa",     "export-csv"};
}

Response FishbowlApi::admin(std::string_view action, const Request& request) {
  const auto& q = request.query;
  if (action == "expire-sessions") sessions_.expire_all();
  if (action == "fail-queries")
    sessions_.fail_next_queries(static_cast<int>(read_int(q, "count", 1, 0, 1000)),
                                static_cast<int>(read_int(q, "status", 500, 400, 599)));
  if (action == "require-approval") sessions_.require_approval(truthy(q, "on"));
  if (action == "approve-app") {
    auto name = q.find("name");
    if (name == q.end() || name->second.empty())
      throw BadRequest("approve-app needs ?name=<appName>");
    sessions_.approve(name->second);
  }
  if (action == "require-mfa")
    sessions_.require_mfa(q.contains("code") ? q.find("code")->second : "");
  if (action == "export-csv") {
    auto format = read_choice(q, "format", {"sales_order", "table"}).value_or("sales_order");
    Response response;
    response.content_type = "text/csv";
    response.body =
        export_csv(book_, format == "table" ? ExportFormat::kTable : ExportFormat::kSalesOrder,
                   optional_date(q, "from"), optional_date(q, "to"));
    return response;
  }
  return Response::json(200, sessions_.seats());
}

VendorApiPtr make_fishbowl(const DatasetOptions& dataset, const Settings& settings) {
  return std::make_unique<FishbowlApi>(dataset, settings);
}

}  // namespace tributary::sandbox::fishbowl
