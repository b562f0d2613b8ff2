#pragma once
// The transport-neutral request and response the sandbox hands to vendor modules, so a vendor
// module never sees Beast and can be driven directly from a unit test.

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

namespace tributary::sandbox {

// Decoded query parameters; a repeated name keeps its last value, as most vendor APIs do.
using QueryParams = std::map<std::string, std::string, std::less<>>;

struct Request {
  std::string method;   // "GET", "POST", ...
  std::string target;   // as received: "/justcall/v2.1/calls?page=1"
  std::string path;     // percent-decoded path: "/justcall/v2.1/calls"
  std::string subpath;  // path below the vendor prefix: "/v2.1/calls" (set by the router)
  QueryParams query;
  std::map<std::string, std::string, std::less<>> headers;  // names lower-cased
  std::string body;
  std::string base_url;  // "http://127.0.0.1:PORT", for absolute links such as next_page_link

  // Empty when absent; `lower_name` must be lower case.
  std::string_view header(std::string_view lower_name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(std::string name, std::string value);
  std::string_view header(std::string_view name) const;  // case-insensitive; empty when absent

  static Response json(int status, const boost::json::value& body);
};

// Thrown by parameter readers for input the caller got wrong; the router (or the vendor module)
// turns it into a 400 whose body carries what() verbatim.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Splits an origin-form target into the decoded path and query ('+' reads as a space, as
// browsers and curl users write it). Throws BadRequest for a target that is not origin-form.
void parse_target(std::string_view target, Request& request);

}  // namespace tributary::sandbox
