#pragma once
// Plain HTTP calls to the sandbox's admin endpoints (stats, faults) with libcurl.

#include <string>

namespace tributary::bench {

struct HttpReply {
  long status = 0;
  std::string body;
};

// Throws std::runtime_error when no response arrives.
HttpReply http_call(const std::string& method, const std::string& url, const std::string& body = "");

}  // namespace tributary::bench
