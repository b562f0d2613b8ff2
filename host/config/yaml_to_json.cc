#include "host/config/yaml_to_json.h"

#include <boost/json/array.hpp>

#include "host/config/interpolate.h"
#include "host/config/scalar_parse.h"

namespace tributary::host {

namespace {

bool is_yaml_null(const std::string& text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

boost::json::value plain_scalar(const std::string& text) {
  if (is_yaml_null(text)) return nullptr;
  if (auto b = parse_boolean(text)) return *b;
  if (auto i = parse_integer(text)) return *i;
  if (auto d = parse_number(text)) return *d;
  return boost::json::string(text);
}

boost::json::value scalar_to_json(FileContext& ctx, const YAML::Node& node,
                                  const SourceLocation& where) {
  const auto& text = node.Scalar();
  if (has_placeholder(text)) {
    auto value = ctx.interpolate(text, where);
    return boost::json::string(value.value_or(""));
  }
  // "?" is yaml-cpp's tag for a plain (unquoted, untagged) scalar.
  if (node.Tag() == "?") return plain_scalar(text);
  return boost::json::string(text);
}

}  // namespace

boost::json::value yaml_to_json(FileContext& ctx, const YAML::Node& node,
                                const SourceLocation& where) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return scalar_to_json(ctx, node, where);
    case YAML::NodeType::Sequence: {
      boost::json::array out;
      for (const auto& item : node) out.push_back(yaml_to_json(ctx, item, ctx.at(item, where)));
      return out;
    }
    case YAML::NodeType::Map: {
      MapReader map(ctx, node, "a mapping under 'config'", where);
      map.check_unique_keys();
      boost::json::object out;
      for (const auto& entry : map.entries()) {
        auto key_at = ctx.at(entry.key_node);
        out[entry.key] = yaml_to_json(ctx, entry.value, ctx.at(entry.value, key_at));
      }
      return out;
    }
    default:
      return nullptr;
  }
}

boost::json::object read_connector_settings(MapReader& config,
                                            std::map<std::string, SourceLocation>& keys) {
  config.check_unique_keys();
  boost::json::object out;
  for (const auto& entry : config.entries()) {
    auto key_at = config.ctx().at(entry.key_node);
    keys.emplace(entry.key, key_at);
    if (out.contains(entry.key)) continue;
    out[entry.key] = yaml_to_json(config.ctx(), entry.value, config.ctx().at(entry.value, key_at));
  }
  return out;
}

}  // namespace tributary::host
