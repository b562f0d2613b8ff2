#pragma once
// A pipeline made ready to run: each connector's plugin loaded, its declaration read and its
// config validated against it. `validate` and `run` share this, so they agree on every error.

#include <memory>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "host/plugin/registry.h"

namespace tributary::host {

struct PreparedConnector {
  const ConnectorConfig* config = nullptr;
  LoadedPluginPtr plugin;
  ConnectorPtr probe;  // keeps the declaration alive
  const sdk::Declaration* declaration = nullptr;
  boost::json::object validated;  // defaults applied
  std::vector<std::string> secrets;
  std::string account;  // tag of the account's credentials
};

struct PreparedPipeline {
  const PipelineConfig* pipeline = nullptr;
  std::vector<PreparedConnector> connectors;
  std::vector<ConfigError> errors;
};

PreparedPipeline prepare_pipeline(const PipelineConfig& pipeline, PluginRegistry& plugins);

}  // namespace tributary::host
