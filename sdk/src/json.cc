#include "tributary/sdk/json.h"

#include <boost/json.hpp>
#include <charconv>
#include <cmath>

namespace tributary::sdk {

namespace json = boost::json;

Result<json::value> parse_json(std::string_view body, std::string_view what) {
  json::stream_parser parser;
  boost::system::error_code ec;
  std::size_t consumed = parser.write_some(body.data(), body.size(), ec);
  if (!ec && consumed == body.size()) parser.finish(ec);
  if (ec || !parser.done()) {
    std::size_t offset = consumed;
    return Status::data(std::string(what) + ": malformed JSON at byte " + std::to_string(offset) +
                        " of " + std::to_string(body.size()) + " (" +
                        (ec ? ec.message() : std::string("incomplete document")) + ")");
  }
  return parser.release();
}

const json::value* find_path(const json::value& v, std::string_view path) {
  const json::value* cur = &v;
  while (!path.empty()) {
    auto dot = path.find('.');
    auto key = path.substr(0, dot);
    const auto* obj = cur->if_object();
    if (!obj) return nullptr;
    auto it = obj->find(key);
    if (it == obj->end()) return nullptr;
    cur = &it->value();
    if (dot == std::string_view::npos) break;
    path.remove_prefix(dot + 1);
  }
  return cur;
}

std::optional<std::string> get_string(const json::value& v, std::string_view path) {
  const auto* f = find_path(v, path);
  if (!f || f->is_null()) return std::nullopt;
  if (const auto* s = f->if_string()) return std::string(*s);
  if (f->is_int64()) return std::to_string(f->get_int64());
  if (f->is_uint64()) return std::to_string(f->get_uint64());
  return std::nullopt;
}

std::optional<std::int64_t> get_int(const json::value& v, std::string_view path) {
  const auto* f = find_path(v, path);
  if (!f || f->is_null()) return std::nullopt;
  if (f->is_int64()) return f->get_int64();
  if (f->is_uint64()) return static_cast<std::int64_t>(f->get_uint64());
  if (f->is_double()) {
    double d = f->get_double();
    if (std::isfinite(d) && std::floor(d) == d) return static_cast<std::int64_t>(d);
    return std::nullopt;
  }
  if (const auto* s = f->if_string()) {
    std::int64_t out = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
    if (ec == std::errc{} && p == s->data() + s->size()) return out;
  }
  return std::nullopt;
}

std::optional<double> get_number(const json::value& v, std::string_view path) {
  const auto* f = find_path(v, path);
  if (!f || f->is_null()) return std::nullopt;
  if (f->is_double()) return f->get_double();
  if (f->is_int64()) return static_cast<double>(f->get_int64());
  if (f->is_uint64()) return static_cast<double>(f->get_uint64());
  if (const auto* s = f->if_string()) {
    double out = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
    if (ec == std::errc{} && p == s->data() + s->size()) return out;
  }
  return std::nullopt;
}

std::optional<bool> get_bool(const json::value& v, std::string_view path) {
  const auto* f = find_path(v, path);
  if (!f || f->is_null()) return std::nullopt;
  if (f->is_bool()) return f->get_bool();
  return std::nullopt;
}

std::string config_string(const json::object& config, std::string_view key,
                          std::string_view fallback) {
  auto it = config.find(key);
  if (it == config.end() || !it->value().is_string()) return std::string(fallback);
  return std::string(it->value().get_string());
}

std::int64_t config_int(const json::object& config, std::string_view key, std::int64_t fallback) {
  auto it = config.find(key);
  if (it == config.end()) return fallback;
  if (it->value().is_int64()) return it->value().get_int64();
  if (it->value().is_uint64()) return static_cast<std::int64_t>(it->value().get_uint64());
  return fallback;
}

bool config_bool(const json::object& config, std::string_view key, bool fallback) {
  auto it = config.find(key);
  if (it == config.end() || !it->value().is_bool()) return fallback;
  return it->value().get_bool();
}

}  // namespace tributary::sdk
