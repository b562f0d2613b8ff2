#pragma once
// What every reader of one config file shares: where the file is (for locations), its name
// inside the config directory (for messages), the environment, and the errors found so far.

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "host/config/loader.h"
#include "host/config/model.h"

namespace tributary::host {

class FileContext {
 public:
  // `path`: the file as given (config dir joined with `relative`); `relative`: e.g. "users.yaml".
  FileContext(std::string path, std::string relative, const EnvLookup& env);

  const std::string& path() const { return path_; }
  const std::string& relative() const { return relative_; }
  const EnvLookup& env() const { return env_; }

  // 1-based location of a node; `fallback` when yaml-cpp has no mark for it (null values).
  SourceLocation at(const YAML::Node& node, const SourceLocation& fallback = {}) const;
  SourceLocation at(const YAML::Mark& mark) const;

  void error(const SourceLocation& where, std::string message);
  const std::vector<ConfigError>& errors() const { return errors_; }
  std::vector<ConfigError> take_errors();  // sorted by line and column

  // A scalar's text with `${VAR}` replaced; reports each problem at `where` and returns nullopt.
  std::optional<std::string> interpolate(const std::string& text, const SourceLocation& where);

 private:
  std::string path_;
  std::string relative_;
  const EnvLookup& env_;
  std::vector<ConfigError> errors_;
};

// "a mapping", "a list", "nothing" or the scalar in quotes, for "expected X, got Y".
std::string describe(const YAML::Node& node);

}  // namespace tributary::host
