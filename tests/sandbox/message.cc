#include "tests/sandbox/message.h"

#include <algorithm>
#include <cctype>

#include <boost/json/serialize.hpp>
#include <boost/url/encoding_opts.hpp>
#include <boost/url/parse.hpp>

namespace tributary::sandbox {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::string_view Request::header(std::string_view lower_name) const {
  auto found = headers.find(lower_name);
  return found == headers.end() ? std::string_view{} : std::string_view{found->second};
}

void Response::set_header(std::string name, std::string value) {
  for (auto& [existing, existing_value] : headers) {
    if (iequals(existing, name)) {
      existing_value = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::header(std::string_view name) const {
  for (const auto& [existing, value] : headers) {
    if (iequals(existing, name)) return value;
  }
  return {};
}

Response Response::json(int status, const boost::json::value& body) {
  Response response;
  response.status = status;
  response.body = boost::json::serialize(body);
  return response;
}

void parse_target(std::string_view target, Request& request) {
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) {
    throw BadRequest("request target '" + std::string(target) +
                     "' is not an origin-form path such as /justcall/v2.1/calls?page=0 (" +
                     parsed.error().message() + ")");
  }
  request.path = std::string(parsed->path());
  request.query.clear();
  boost::urls::encoding_opts plus_is_space(true);
  for (auto param : parsed->params(plus_is_space)) {
    request.query.insert_or_assign(std::string(param.key), std::string(param.value));
  }
}

}  // namespace tributary::sandbox
