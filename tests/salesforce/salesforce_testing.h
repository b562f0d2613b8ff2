#pragma once
// Fixtures and contexts shared by the Salesforce connector tests.

#include <boost/json/object.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/fake_host.h"
#include "tributary/sdk/context.h"

namespace tributary::salesforce::testing {

using tributary::testing::FakeHost;
using tributary::testing::http_answer;

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/salesforce/fixtures/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline boost::json::object config() {
  return {{"login_url", "https://login.salesforce.test"},
          {"client_id", "3MVG9-client"},
          {"client_secret", "s3cret"},
          {"refresh_token", "5Aep-refresh"},
          {"api_version", "v61.0"},
          {"objects", boost::json::array{"Contact", "Lead"}},
          {"batch_size", 200}};
}

inline sdk::FetchContext context(FakeHost& host) {
  sdk::FetchContext ctx;
  ctx.config = config();
  ctx.org.default_country = "US";
  ctx.host = &host;
  return ctx;
}

inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace tributary::salesforce::testing
