#pragma once
// Which recorded exchange answers a request: the first, in file order, whose method, path,
// listed query parameters, headers and body fields all match (values are globs).

#include <string>
#include <utility>
#include <vector>

#include "host/conformance/conformance_config.h"

namespace tributary::host::conformance {

struct IncomingRequest {
  std::string method;
  std::string target;  // path and query as sent
  std::string path;    // decoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  HeaderList headers;
  std::string body;

  std::string header(std::string_view name) const;  // case-insensitive; empty when absent
};

IncomingRequest make_incoming(std::string method, std::string target, HeaderList headers,
                              std::string body);

bool request_matches(const RequestPattern& pattern, const IncomingRequest& request);

// Index of the first exchange that matches, or -1.
int find_exchange(const std::vector<Exchange>& exchanges, const IncomingRequest& request);

bool iequals(std::string_view a, std::string_view b);

}  // namespace tributary::host::conformance
