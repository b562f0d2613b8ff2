#pragma once
// Reads a config directory:
//   tributary.yaml        host settings (organization, store, plugin_dirs, log, http, source_policy)
//   users.yaml            users
//   goals.yaml            goals
//   pipelines/*.yaml      one pipeline per file
// `${VAR}` in any scalar is replaced from the environment; a missing variable is an error at the
// place it is used. Unknown keys and wrong types are errors with a did-you-mean.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "host/config/model.h"

namespace tributary::host {

using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;

// The process environment.
EnvLookup process_env();

struct ConfigLoadResult {
  std::optional<Config> config;     // set when errors is empty
  std::vector<ConfigError> errors;  // every error found, in file order
};

ConfigLoadResult load_config(const std::string& dir, const EnvLookup& env = process_env());

// Checks one connector's config against its plugin's declaration: unknown keys (did-you-mean),
// missing required keys, wrong types, values outside allowed_values. On success returns the
// config with defaults applied.
struct ConnectorValidation {
  boost::json::object config;
  std::vector<ConfigError> errors;
};
ConnectorValidation validate_connector_config(const sdk::Declaration& declaration,
                                              const ConnectorConfig& connector);

// The secret values of a validated connector config (keys the declaration marks secret).
std::vector<std::string> secret_values(const sdk::Declaration& declaration,
                                       const boost::json::object& config);

}  // namespace tributary::host
