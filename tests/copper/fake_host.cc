#include "tests/copper/fake_host.h"

#include <boost/json.hpp>

#include "plugins/copper/config.h"
#include "tests/copper/copper_fixtures.h"
#include "tributary/sdk/json.h"

namespace tributary::copper::testkit {

namespace json = boost::json;

std::string path_of(const sdk::HttpRequest& request) {
  std::string base = kDefaultBaseUrl;
  return request.url.starts_with(base) ? request.url.substr(base.size()) : request.url;
}

int page_number_of(const sdk::HttpRequest& request) {
  if (request.body.empty()) return 0;
  auto body = json::parse(request.body);
  return static_cast<int>(sdk::get_int(body, "page_number").value_or(0));
}

FixtureCopper::FixtureCopper() : opportunities_page(fixture("opportunities_page1.json")) {}

namespace {

sdk::HttpResponse ok(std::string body) {
  return {200, {{"Content-Type", "application/json"}}, std::move(body), ""};
}

std::string opportunities_by_ids(const json::array& ids) {
  json::array out;
  auto all = json::parse(fixture("opportunities_page1.json"));
  for (const auto& o : all.as_array()) {
    for (const auto& id : ids) {
      if (o.at("id") == id) out.push_back(o);
    }
  }
  return json::serialize(out);
}

}  // namespace

sdk::Result<sdk::HttpResponse> FixtureCopper::operator()(const sdk::HttpRequest& request) const {
  auto path = path_of(request);
  int page = page_number_of(request);
  if (request.method == "GET" && path == "/activity_types") return ok(fixture("activity_types.json"));
  if (request.method == "GET" && path == "/pipeline_stages") return ok(fixture("pipeline_stages.json"));
  if (request.method == "POST" && path == "/users/search")
    return ok(page == 1 ? fixture("users_page1.json") : "[]");
  if (request.method == "POST" && path == "/activities/search") {
    if (page == 1) return ok(fixture("activities_page1.json"));
    return ok(page == 2 ? fixture("activities_page2.json") : "[]");
  }
  if (request.method == "POST" && path == "/opportunities/search") {
    auto body = json::parse(request.body).as_object();
    if (const auto* ids = body.if_contains("ids"))
      return ok(page == 1 ? opportunities_by_ids(ids->as_array()) : "[]");
    return ok(page == 1 ? opportunities_page : "[]");
  }
  return sdk::HttpResponse{404, {}, R"({"message":"Resource not found"})", request.url};
}

}  // namespace tributary::copper::testkit
