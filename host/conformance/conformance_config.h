#pragma once
// conformance.yaml as plain data: the connector config to run with, the organisation, users and
// window of the test unit, the HTTP exchanges the runner serves on loopback, and the recorded
// pages normalize must turn into known records. docs/writing-a-connector.md documents each key.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tributary/sdk/context.h"

namespace tributary::host::conformance {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// What a request must look like to get a recorded response. Values are globs (glob.h); query
// parameters, headers and JSON body fields not listed are not looked at.
struct RequestPattern {
  std::string method = "GET";
  std::string path = "*";
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names compared case-insensitively
  std::optional<std::string> body;             // glob over the whole body
  std::optional<boost::json::object> json;     // fields the JSON body must have (strings as globs)
};

struct RecordedResponse {
  int status = 200;
  HeaderList headers;
  std::string body;  // "${BASE_URL}" is replaced by the server's root URL when served
};

struct Exchange {
  std::string name;    // for messages; "GET /path page=1" when not given
  std::string where;   // "conformance.yaml:12:5"
  RequestPattern request;
  RecordedResponse response;
  // A read must request every 2xx exchange that is not optional (that is how "all pages were
  // followed" is checked); optional ones serve check() or other paths.
  bool optional = false;
};

struct PageFixture {
  std::string stream;
  std::string body;
  boost::json::object meta;
  std::string source;  // file it came from, for messages
};

// Expected records: inline in the YAML, or a JSON file (which --update-expected may rewrite).
struct ExpectedOutput {
  std::optional<boost::json::object> records;
  std::string file;  // absolute; empty when inline or absent
};

struct DateRange {
  std::string from;  // YYYY-MM-DD, organisation-local, inclusive
  std::string to;
};

struct NormalizeCase {
  std::string name;
  std::optional<DateRange> window;           // default: the top-level window
  boost::json::object config_overlay;        // laid over the connector config
  std::optional<std::vector<sdk::UserRef>> users;  // default: the top-level users
  boost::json::object context;               // FetchResult::context
  std::vector<PageFixture> pages;
  ExpectedOutput expected;
};

struct ConformanceConfig {
  std::string path;  // absolute path of the file
  std::string dir;   // its directory: relative file names are relative to it
  std::string plugin;  // optional: the plugin this file is written for

  boost::json::object connector_config;               // good credentials
  std::optional<boost::json::object> bad_credentials;  // overlay; default: every secret key wrong
  std::string base_url_key = "base_url";  // the config key the runner points at an endpoint
  std::string endpoint = "recorded";      // "recorded" or a live base URL

  sdk::Organization org;
  std::vector<sdk::UserRef> users;
  DateRange window;
  std::optional<std::int64_t> now;  // what the host clock says; default: day after window, noon UTC

  std::vector<Exchange> recorded;
  std::vector<NormalizeCase> normalize;

  ExpectedOutput read_expected;
  int read_min_records = 0;

  std::optional<boost::json::object> future_state;  // incremental: a state "in the future"
  bool allow_overlap = false;  // incremental: the cursor is inclusive, boundary records repeat

  std::map<std::string, std::string> errors_skip;  // error case -> why it does not apply
};

// The error responses the errors check serves: 401, 429, 500 and a body cut short.
inline const std::vector<std::string>& error_case_names() {
  static const std::vector<std::string> kNames = {"auth_401", "rate_limited_429",
                                                  "server_error_5xx", "malformed_json"};
  return kNames;
}

// Reads and checks a conformance file. Errors are "file:line:column: message" sentences; the
// config is set only when there are none. `${VAR}` in connector config values and the endpoint
// is taken from the environment.
struct ConfigLoad {
  std::optional<ConformanceConfig> config;
  std::vector<std::string> errors;
};
ConfigLoad load_conformance_config(const std::string& path);

}  // namespace tributary::host::conformance
