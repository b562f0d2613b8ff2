#include <algorithm>
#include <utility>

#include "host/config/loader.h"
#include "host/config/map_reader.h"
#include "host/config/scalar_parse.h"
#include "host/config/value_coercion.h"
#include "host/core/did_you_mean.h"

namespace tributary::host {

namespace {

std::string connector_label(const sdk::Declaration& declaration, const ConnectorConfig& connector) {
  if (connector.name.empty() || connector.name == declaration.name) {
    return "connector '" + declaration.name + "'";
  }
  return "connector '" + connector.name + "' (plugin '" + declaration.name + "')";
}

SourceLocation key_location(const ConnectorConfig& connector, const std::string& key) {
  auto it = connector.keys.find(key);
  return it == connector.keys.end() ? connector.where : it->second;
}

const sdk::ConfigKey* find_key(const sdk::Declaration& declaration, std::string_view name) {
  for (const auto& key : declaration.config) {
    if (key.name == name) return &key;
  }
  return nullptr;
}

// The allowed_values check for a string, or each string of a list.
std::string disallowed_value(const sdk::ConfigKey& key, const boost::json::value& value) {
  if (key.allowed_values.empty()) return {};
  auto check = [&](const boost::json::value& v) -> std::string {
    if (!v.is_string()) return {};
    std::string text(v.as_string());
    const auto& allowed = key.allowed_values;
    if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return {};
    return unknown_value_message("value", text, key.name, allowed);
  };
  if (!value.is_array()) return check(value);
  for (const auto& item : value.as_array()) {
    if (auto problem = check(item); !problem.empty()) return problem;
  }
  return {};
}

void check_unknown_keys(const sdk::Declaration& declaration, const ConnectorConfig& connector,
                        std::vector<ConfigError>& errors) {
  std::vector<std::string> names;
  for (const auto& key : declaration.config) names.push_back(key.name);
  for (const auto& [name, value] : connector.config) {
    if (find_key(declaration, name) != nullptr) continue;
    std::string key(name);
    auto allowed = names.empty() ? "; plugin '" + declaration.name + "' takes no config keys"
                                 : "; allowed keys: " + join(names);
    errors.push_back({key_location(connector, key), "unknown key '" + key + "' in the config of " +
                                                        connector_label(declaration, connector) +
                                                        did_you_mean(key, names) + allowed});
  }
}

}  // namespace

ConnectorValidation validate_connector_config(const sdk::Declaration& declaration,
                                              const ConnectorConfig& connector) {
  ConnectorValidation out;
  check_unknown_keys(declaration, connector, out.errors);
  for (const auto& key : declaration.config) {
    const auto* given = connector.config.if_contains(key.name);
    if (given == nullptr || given->is_null()) {
      if (key.required) {
        auto detail = key.description.empty() ? "" : ": " + key.description;
        out.errors.push_back(
            {connector.where, "missing required key '" + key.name + "' in the config of " +
                                  connector_label(declaration, connector) + detail});
      } else if (key.default_value) {
        out.config[key.name] = *key.default_value;
      }
      continue;
    }
    auto where = key_location(connector, key.name);
    auto coerced = coerce(*given, key.type, "'" + key.name + "'");
    if (!coerced.value) {
      out.errors.push_back({where, coerced.problem});
      continue;
    }
    if (auto problem = disallowed_value(key, *coerced.value); !problem.empty()) {
      out.errors.push_back({where, problem});
      continue;
    }
    out.config[key.name] = std::move(*coerced.value);
  }
  std::stable_sort(out.errors.begin(), out.errors.end(), [](const auto& a, const auto& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  return out;
}

std::vector<std::string> secret_values(const sdk::Declaration& declaration,
                                       const boost::json::object& config) {
  std::vector<std::string> out;
  auto add = [&](const boost::json::value& value) {
    if (value.is_string() && !value.as_string().empty()) out.emplace_back(value.as_string());
  };
  for (const auto& key : declaration.config) {
    if (!key.secret) continue;
    const auto* value = config.if_contains(key.name);
    if (value == nullptr) continue;
    if (value->is_array()) {
      for (const auto& item : value->as_array()) add(item);
    } else {
      add(*value);
    }
  }
  return out;
}

}  // namespace tributary::host
