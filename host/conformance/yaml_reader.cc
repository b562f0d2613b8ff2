#include "host/conformance/yaml_reader.h"

#include <charconv>
#include <cmath>

#include "host/core/did_you_mean.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

json::value plain_scalar(const std::string& text) {
  if (text == "~" || text == "null" || text.empty()) return nullptr;
  if (text == "true") return true;
  if (text == "false") return false;
  std::int64_t i = 0;
  auto [pi, ei] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ei == std::errc{} && pi == text.data() + text.size()) return i;
  double d = 0;
  auto [pd, ed] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (ed == std::errc{} && pd == text.data() + text.size() && std::isfinite(d)) return d;
  return json::string(text);
}

}  // namespace

std::string YamlReader::where(const YAML::Node& node) const {
  auto mark = node.Mark();
  if (mark.is_null()) return file_;
  return file_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

void YamlReader::error(const YAML::Node& node, const std::string& message) {
  errors_.push_back(where(node) + ": " + message);
}

bool YamlReader::mapping(const YAML::Node& node, const std::string& what,
                         const std::vector<std::string>& allowed) {
  if (!node.IsMap()) {
    error(node, what + " must be a mapping with the keys: " + join(allowed));
    return false;
  }
  for (const auto& entry : node) {
    auto key = entry.first.as<std::string>();
    bool known = false;
    for (const auto& a : allowed) known = known || a == key;
    if (!known)
      error(entry.first, "unknown key '" + key + "' in " + what + did_you_mean(key, allowed) +
                             "; allowed keys: " + join(allowed));
  }
  return true;
}

bool YamlReader::sequence(const YAML::Node& node, const std::string& what) {
  if (node.IsSequence()) return true;
  error(node, what + " must be a list");
  return false;
}

std::optional<std::string> YamlReader::string(const YAML::Node& node, const std::string& what) {
  if (node.IsScalar()) return node.Scalar();
  error(node, what + " must be a single value (a string)");
  return std::nullopt;
}

std::optional<int> YamlReader::integer(const YAML::Node& node, const std::string& what, int min,
                                       int max) {
  int value = 0;
  if (node.IsScalar()) {
    const auto& text = node.Scalar();
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && p == text.data() + text.size() && value >= min && value <= max)
      return value;
  }
  error(node, what + " must be an integer between " + std::to_string(min) + " and " +
                  std::to_string(max));
  return std::nullopt;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, const std::string& what) {
  if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
    return node.Scalar() == "true";
  error(node, what + " must be true or false");
  return std::nullopt;
}

std::map<std::string, std::string> YamlReader::string_map(const YAML::Node& node,
                                                           const std::string& what) {
  std::map<std::string, std::string> out;
  if (!node.IsMap()) {
    error(node, what + " must be a mapping of names to values");
    return out;
  }
  for (const auto& entry : node) {
    auto key = entry.first.as<std::string>();
    if (auto value = string(entry.second, what + "." + key)) out[key] = *value;
  }
  return out;
}

json::value YamlReader::json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    case YAML::NodeType::Scalar:
      // yaml-cpp tags quoted scalars "!": they are strings whatever they look like.
      if (node.Tag() == "!") return json::string(node.Scalar());
      return plain_scalar(node.Scalar());
    case YAML::NodeType::Sequence: {
      json::array out;
      for (const auto& item : node) out.push_back(json(item));
      return out;
    }
    case YAML::NodeType::Map: {
      json::object out;
      for (const auto& entry : node) out[entry.first.as<std::string>()] = json(entry.second);
      return out;
    }
  }
  return nullptr;
}

json::object YamlReader::json_object(const YAML::Node& node, const std::string& what) {
  if (!node.IsMap()) {
    if (!node.IsNull()) error(node, what + " must be a mapping");
    return {};
  }
  return json(node).as_object();
}

}  // namespace tributary::host::conformance
