#pragma once
#include <string>

namespace tributary::testing {

struct HttpResult {
  long status = 0;
  std::string body;
};

// A plain request with libcurl (tests talk to the sandbox's admin endpoints with it).
HttpResult http_request(const std::string& method, const std::string& url,
                        const std::string& body = "", const std::string& auth_header = "");
inline HttpResult http_get(const std::string& url) { return http_request("GET", url); }

}  // namespace tributary::testing
