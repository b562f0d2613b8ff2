#pragma once
// One reader per kind of config file. Each turns a parsed root node into the model, reporting
// every problem to the file's context instead of stopping at the first.

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "host/config/file_context.h"
#include "host/config/model.h"

namespace tributary::host {

// The user ids other files may refer to. `checked` is false when users.yaml could not be read,
// so references are not reported as unknown on top of the real error.
struct KnownUsers {
  bool checked = true;
  std::vector<std::string> ids;

  // Reports `id` at `where` when it is not a known user; `context` ends the message.
  bool require(FileContext& ctx, const SourceLocation& where, const std::string& id,
               const std::string& context, const std::string& hint) const;
};

// tributary.yaml. `dir` is the absolute config directory relative paths are resolved against.
HostSettings read_host_settings(FileContext& ctx, const YAML::Node& root,
                                const std::filesystem::path& dir);

// users.yaml
std::vector<UserConfig> read_users(FileContext& ctx, const YAML::Node& root);

// goals.yaml
std::vector<GoalConfig> read_goals(FileContext& ctx, const YAML::Node& root,
                                   const KnownUsers& users);

// pipelines/<stem>.yaml
PipelineConfig read_pipeline(FileContext& ctx, const YAML::Node& root, const std::string& stem,
                             const KnownUsers& users);

// One entry of a pipeline's `connectors:` list; `index` is 1-based.
ConnectorConfig read_connector(FileContext& ctx, const YAML::Node& node, std::size_t index,
                               const SourceLocation& list_where);

}  // namespace tributary::host
