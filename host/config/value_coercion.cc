#include "host/config/value_coercion.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>

#include "host/config/scalar_parse.h"

namespace tributary::host {

namespace {

using sdk::ValueType;

Coerced failure(std::string_view expected, const std::string& label,
                const boost::json::value& got) {
  std::string problem =
      "expected " + std::string(expected) + " for " + label + ", got " + describe_json(got);
  bool scalar_expected =
      expected == "an integer" || expected == "a number" || expected == "true or false";
  if (got.is_string() && scalar_expected) {
    problem += " (a string is accepted only when it reads as " + std::string(expected) + ")";
  }
  return {std::nullopt, std::move(problem)};
}

Coerced to_string_value(const boost::json::value& value, const std::string& label) {
  if (value.is_string()) return {value, {}};
  if (value.is_int64()) return {boost::json::string(std::to_string(value.as_int64())), {}};
  if (value.is_uint64()) return {boost::json::string(std::to_string(value.as_uint64())), {}};
  if (value.is_double()) return {boost::json::string(format_number(value.as_double())), {}};
  if (value.is_bool()) return {boost::json::string(value.as_bool() ? "true" : "false"), {}};
  return failure("a string", label, value);
}

Coerced to_integer(const boost::json::value& value, const std::string& label) {
  if (value.is_int64()) return {value, {}};
  if (value.is_uint64() && value.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return {static_cast<std::int64_t>(value.as_uint64()), {}};
  }
  if (value.is_double() && std::trunc(value.as_double()) == value.as_double() &&
      std::fabs(value.as_double()) < 9.0e18) {
    return {static_cast<std::int64_t>(value.as_double()), {}};
  }
  if (value.is_string()) {
    if (auto parsed = parse_integer(value.as_string())) return {*parsed, {}};
  }
  return failure("an integer", label, value);
}

Coerced to_number(const boost::json::value& value, const std::string& label) {
  // Plugins read numbers with as_double(), so every number leaves here as a double.
  if (value.is_number()) return {value.to_number<double>(), {}};
  if (value.is_string()) {
    if (auto parsed = parse_number(value.as_string())) return {*parsed, {}};
  }
  return failure("a number", label, value);
}

Coerced to_boolean(const boost::json::value& value, const std::string& label) {
  if (value.is_bool()) return {value, {}};
  if (value.is_string()) {
    if (auto parsed = parse_boolean(value.as_string())) return {*parsed, {}};
  }
  return failure("true or false", label, value);
}

Coerced to_list(const boost::json::value& value, ValueType item_type, std::string_view expected,
                const std::string& label) {
  if (!value.is_array()) return failure(expected, label, value);
  boost::json::array out;
  const auto& items = value.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto item = coerce(items[i], item_type, "item " + std::to_string(i + 1) + " of " + label);
    if (!item.value) return item;
    out.push_back(std::move(*item.value));
  }
  return {boost::json::value(std::move(out)), {}};
}

}  // namespace

Coerced coerce(const boost::json::value& value, ValueType type, const std::string& label) {
  switch (type) {
    case ValueType::kString:
      return to_string_value(value, label);
    case ValueType::kInteger:
      return to_integer(value, label);
    case ValueType::kNumber:
      return to_number(value, label);
    case ValueType::kBoolean:
      return to_boolean(value, label);
    case ValueType::kStringList:
      return to_list(value, ValueType::kString, "a list of strings", label);
    case ValueType::kIntegerList:
      return to_list(value, ValueType::kInteger, "a list of integers", label);
    case ValueType::kObject:
      if (value.is_object()) return {value, {}};
      return failure("a mapping", label, value);
  }
  return failure("a known type", label, value);
}

std::string describe_json(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::string:
      return "the string '" + std::string(value.as_string()) + "'";
    case boost::json::kind::array:
      return "a list";
    case boost::json::kind::object:
      return "a mapping";
    case boost::json::kind::null:
      return "nothing";
    case boost::json::kind::double_:
      return format_number(value.as_double());
    default:
      return boost::json::serialize(value);
  }
}

}  // namespace tributary::host
