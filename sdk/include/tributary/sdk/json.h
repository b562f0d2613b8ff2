#pragma once
// Small, safe readers for vendor JSON: a wrong type or a missing field is a Status, not a throw.

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tributary/sdk/status.h"

namespace tributary::sdk {

// Parses a whole body; a data error names `what` and the byte offset where parsing failed.
Result<boost::json::value> parse_json(std::string_view body, std::string_view what);

// nullopt when absent or null; numbers given as strings are accepted where noted.
const boost::json::value* find_path(const boost::json::value& v, std::string_view dotted_path);
std::optional<std::string> get_string(const boost::json::value& v, std::string_view path);
std::optional<std::int64_t> get_int(const boost::json::value& v, std::string_view path);  // also "123"
std::optional<double> get_number(const boost::json::value& v, std::string_view path);     // also "1.5"
std::optional<bool> get_bool(const boost::json::value& v, std::string_view path);

// Config readers: the host has validated and defaulted the config, so these only fall back to
// `fallback` for keys that are optional without a default.
std::string config_string(const boost::json::object& config, std::string_view key,
                          std::string_view fallback = "");
std::int64_t config_int(const boost::json::object& config, std::string_view key,
                        std::int64_t fallback = 0);
bool config_bool(const boost::json::object& config, std::string_view key, bool fallback = false);

}  // namespace tributary::sdk
