#pragma once
// A scripted JustCall that answers from the recorded fixture pages, checking credentials the
// way the real API does (raw `key:secret` or HTTP Basic).

#include "plugins/justcall/api_request.h"
#include "plugins/justcall/query.h"
#include "tests/justcall/fake_host.h"
#include "tests/justcall/test_support.h"

namespace tributary::justcall::testing {

inline std::string param(const std::string& url, const std::string& name) {
  for (const auto& [n, v] : parse_link_query(url)) {
    if (n == name) return v;
  }
  return {};
}

inline bool authorised(const sdk::HttpRequest& r) {
  std::string pair = std::string(kApiKey) + ":" + kApiSecret;
  for (const auto& [name, value] : r.headers) {
    if (name == "Authorization") return value == pair || value == "Basic " + base64_encode(pair);
  }
  return false;
}

// users-page-N.json for /v2.1/users, <calls_prefix>-page-N.json for /v2.1/calls.
inline FakeHttp::Handler recorded_api(std::string calls_prefix = "calls-june") {
  return [calls_prefix](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (!authorised(r)) return http_answer(401, fixture("error-401.json"));
    auto page = param(r.url, "page");
    if (r.url.find("/v2.1/users?") != std::string::npos) {
      if (param(r.url, "per_page") == "1") return http_answer(200, fixture("users-page-0.json"));
      return http_answer(200, fixture("users-page-" + page + ".json"));
    }
    if (r.url.find("/v2.1/calls?") != std::string::npos)
      return http_answer(200, fixture(calls_prefix + "-page-" + page + ".json"));
    return http_answer(404, R"({"status":"error","message":"Route not found"})");
  };
}

inline sdk::FetchContext fetch_context(FakeHost& host,
                                       const std::string& email = "derek.rep@example.com") {
  sdk::FetchContext ctx;
  ctx.config = full_config();
  ctx.window = ny_window("2024-06-03", "2024-06-05");
  ctx.org.timezone = "America/New_York";
  ctx.users = {{"u-derek", email, "Derek Rep", {}}};
  ctx.host = &host;
  return ctx;
}

}  // namespace tributary::justcall::testing
