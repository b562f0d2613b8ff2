#include "host/server/api_router.h"

#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>
#include <charconv>

#include "host/server/bearer_auth.h"
#include "host/server/run_json.h"

namespace tributary::host {

namespace http = boost::beast::http;
namespace json = boost::json;

namespace {

constexpr int kDefaultRunsLimit = 50;
constexpr int kMaxRunsLimit = 1000;

std::optional<std::int64_t> positive_integer(std::string_view text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

HttpResponse method_not_allowed(const HttpRequest& req, const char* allow) {
  auto res = error_response(405,
                            "method " + std::string(req.method_string()) + " is not allowed on " +
                                std::string(req.target()) + "; use " + allow,
                            req.version());
  res.set(http::field::allow, allow);
  return res;
}

bool is_get(const HttpRequest& req) { return req.method() == http::verb::get; }

}  // namespace

HttpResponse json_response(unsigned status, const json::object& body, unsigned version) {
  HttpResponse res{static_cast<http::status>(status), version};
  res.set(http::field::content_type, "application/json");
  res.set(http::field::cache_control, "no-store");
  res.body() = json::serialize(body) + "\n";
  res.prepare_payload();
  return res;
}

HttpResponse error_response(unsigned status, const std::string& message, unsigned version) {
  return json_response(status, json::object{{"error", message}}, version);
}

ApiRouter::ApiRouter(ApiBackend& backend, std::string trigger_secret, std::string secret_env)
    : backend_(backend), secret_(std::move(trigger_secret)), secret_env_(std::move(secret_env)) {}

HttpResponse ApiRouter::handle(const HttpRequest& req) const {
  auto target = boost::urls::parse_origin_form(req.target());
  if (!target)
    return error_response(400, "the request target is not a path: '" +
                                   std::string(req.target()) + "'", req.version());
  std::vector<std::string> seg;
  for (auto s : target->segments()) seg.push_back(s);
  const std::string path = target->path();
  if (path == "/healthz") {
    if (!is_get(req)) return method_not_allowed(req, "GET");
    auto health = backend_.health();
    const bool ok = health["status"] == "ok";
    return json_response(ok ? 200 : 503, health, req.version());
  }
  if (path == "/metrics") {
    if (!is_get(req)) return method_not_allowed(req, "GET");
    HttpResponse res{http::status::ok, req.version()};
    res.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
    res.body() = backend_.metrics_text();
    res.prepare_payload();
    return res;
  }
  if (seg.size() >= 2 && seg[0] == "api" && seg[1] == "runs" && seg.size() <= 3) {
    if (!is_get(req)) return method_not_allowed(req, "GET");
    if (seg.size() == 2) return runs(req, target->params());
    return run(req, seg[2]);
  }
  if (seg.size() == 4 && seg[0] == "api" && seg[1] == "pipelines" && seg[3] == "run") {
    if (req.method() != http::verb::post) return method_not_allowed(req, "POST");
    return trigger(req, seg[2]);
  }
  return error_response(404, "no endpoint " + std::string(req.method_string()) + " " + path +
                                 "; the API has GET /healthz, GET /metrics, GET /api/runs, "
                                 "GET /api/runs/{id} and POST /api/pipelines/{name}/run",
                        req.version());
}

HttpResponse ApiRouter::runs(const HttpRequest& req, boost::urls::params_view params) const {
  std::optional<std::string> pipeline;
  int limit = kDefaultRunsLimit;
  for (auto param : params) {
    if (param.key == "pipeline" && param.has_value) {
      pipeline = param.value;
    } else if (param.key == "limit") {
      auto v = positive_integer(param.value);
      if (!v || *v > kMaxRunsLimit)
        return error_response(400, "limit must be a whole number from 1 to " +
                                       std::to_string(kMaxRunsLimit) + ", got '" + param.value + "'",
                              req.version());
      limit = static_cast<int>(*v);
    } else {
      return error_response(400, "unknown query parameter '" + param.key +
                                     "'; /api/runs takes pipeline and limit", req.version());
    }
  }
  json::array rows;
  for (const auto& r : backend_.runs(pipeline, limit)) rows.push_back(run_to_json(r, false));
  return json_response(200, json::object{{"runs", std::move(rows)}}, req.version());
}

HttpResponse ApiRouter::run(const HttpRequest& req, std::string_view id_text) const {
  auto id = positive_integer(id_text);
  if (!id)
    return error_response(400, "a run id is a positive whole number, got '" +
                                   std::string(id_text) + "'", req.version());
  auto row = backend_.run(*id);
  if (!row) return error_response(404, "there is no run " + std::to_string(*id), req.version());
  return json_response(200, run_to_json(*row, true), req.version());
}

HttpResponse ApiRouter::trigger(const HttpRequest& req, const std::string& pipeline) const {
  const auto auth = req[http::field::authorization];
  if (secret_.empty() || !bearer_matches(auth, secret_)) {
    std::string why = secret_.empty()
                          ? "the trigger is disabled: set the environment variable " + secret_env_ +
                                " (http.trigger_secret_env) before starting tributary serve"
                          : auth.empty() ? "this endpoint needs 'Authorization: Bearer <secret>'"
                                         : "the bearer secret is not the one in $" + secret_env_;
    auto res = error_response(401, why, req.version());
    res.set(http::field::www_authenticate, "Bearer realm=\"tributary\"");
    return res;
  }
  auto result = backend_.trigger(pipeline);
  using Kind = TriggerResult::Kind;
  json::object body{{"pipeline", pipeline}, {"message", result.message}};
  switch (result.kind) {
    case Kind::kAccepted:
      body["run_id"] = result.run_id;
      body["status"] = result.queued ? "queued" : "running";
      return json_response(202, body, req.version());
    case Kind::kBusy:
      body["error"] = result.message;
      body["running_run_id"] = result.run_id ? json::value(result.run_id) : json::value(nullptr);
      return json_response(409, body, req.version());
    case Kind::kUnknownPipeline:
      return error_response(404, result.message, req.version());
    case Kind::kStopping:
      return error_response(503, result.message, req.version());
    case Kind::kFailed:
      break;
  }
  return error_response(500, result.message, req.version());
}

}  // namespace tributary::host
