#pragma once
// Fixtures and contexts shared by the HubSpot connector tests.

#include <boost/json/object.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/fake_host.h"
#include "tributary/sdk/context.h"

namespace tributary::hubspot::testing {

using tributary::testing::FakeHost;
using tributary::testing::http_answer;

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/hubspot/fixtures/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline boost::json::object private_app_config() {
  return {{"base_url", "http://hubspot.test"},
          {"auth", "private_app"},
          {"access_token", "pat-na1-test"},
          {"page_size", 2},
          {"search_page_size", 2},
          {"lookback_seconds", 300},
          {"include_archived", true},
          {"description_property", "message"}};
}

inline boost::json::object oauth_config() {
  auto c = private_app_config();
  c["auth"] = "oauth";
  c.erase("access_token");
  c["client_id"] = "client-1";
  c["client_secret"] = "s3cret";
  c["refresh_token"] = "demo-refresh-1";
  return c;
}

inline sdk::FetchContext context(FakeHost& host, boost::json::object config) {
  sdk::FetchContext ctx;
  ctx.config = std::move(config);
  ctx.org.default_country = "US";
  ctx.host = &host;
  return ctx;
}

// The `after` and path of a recorded request, for scripted answers.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace tributary::hubspot::testing
