#include "host/conformance/exchange_match.h"

#include <boost/json/serialize.hpp>
#include <boost/json/parse.hpp>
#include <boost/url/parse.hpp>
#include <cctype>

#include "host/conformance/glob.h"

namespace tributary::host::conformance {

namespace json = boost::json;

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string IncomingRequest::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (iequals(k, name)) return v;
  }
  return {};
}

IncomingRequest make_incoming(std::string method, std::string target, HeaderList headers,
                              std::string body) {
  IncomingRequest r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.headers = std::move(headers);
  r.body = std::move(body);
  auto parsed = boost::urls::parse_origin_form(r.target);
  if (!parsed) {
    r.path = r.target.substr(0, r.target.find('?'));
    return r;
  }
  r.path = parsed->path();
  for (auto param : parsed->params()) r.query.emplace_back(param.key, param.value);
  return r;
}

namespace {

bool json_matches(const json::value& pattern, const json::value& actual) {
  if (pattern.is_string()) {
    if (actual.is_string()) return glob_match(pattern.as_string(), actual.as_string());
    // A number or boolean written as a pattern string still compares by its text.
    if (actual.is_object() || actual.is_array()) return false;
    return glob_match(pattern.as_string(), json::serialize(actual));
  }
  if (pattern.is_object()) {
    if (!actual.is_object()) return false;
    for (const auto& [key, want] : pattern.as_object()) {
      const auto* got = actual.as_object().if_contains(key);
      if (!got || !json_matches(want, *got)) return false;
    }
    return true;
  }
  if (pattern.is_number() && actual.is_number())
    return pattern.to_number<double>() == actual.to_number<double>();
  return pattern == actual;
}

}  // namespace

bool request_matches(const RequestPattern& p, const IncomingRequest& r) {
  if (!iequals(p.method, r.method) && p.method != "*") return false;
  if (!glob_match(p.path, r.path)) return false;
  for (const auto& [name, want] : p.query) {
    bool found = false;
    for (const auto& [k, v] : r.query) found = found || (k == name && glob_match(want, v));
    if (!found) return false;
  }
  for (const auto& [name, want] : p.headers) {
    bool found = false;
    for (const auto& [k, v] : r.headers) found = found || (iequals(k, name) && glob_match(want, v));
    if (!found) return false;
  }
  if (p.body && !glob_match(*p.body, r.body)) return false;
  if (p.json) {
    boost::system::error_code ec;
    auto body = json::parse(r.body, ec);
    if (ec || !json_matches(*p.json, body)) return false;
  }
  return true;
}

int find_exchange(const std::vector<Exchange>& exchanges, const IncomingRequest& request) {
  for (std::size_t i = 0; i < exchanges.size(); ++i) {
    if (request_matches(exchanges[i].request, request)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace tributary::host::conformance
