#pragma once
// Reading conformance.yaml: typed getters that record located errors ("file:line:column: ...")
// instead of throwing, and refuse unknown keys with the nearest allowed one.

#include <yaml-cpp/yaml.h>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tributary::host::conformance {

class YamlReader {
 public:
  YamlReader(std::string file, std::vector<std::string>& errors)
      : file_(std::move(file)), errors_(errors) {}

  const std::string& file() const { return file_; }
  std::string where(const YAML::Node& node) const;  // "file:line:column"
  void error(const YAML::Node& node, const std::string& message);

  // False (with an error) when `node` is not a mapping; unknown keys are errors.
  bool mapping(const YAML::Node& node, const std::string& what,
               const std::vector<std::string>& allowed);
  bool sequence(const YAML::Node& node, const std::string& what);

  std::optional<std::string> string(const YAML::Node& node, const std::string& what);
  std::optional<int> integer(const YAML::Node& node, const std::string& what, int min, int max);
  std::optional<bool> boolean(const YAML::Node& node, const std::string& what);
  // A mapping of scalars to strings (query parameters, headers, identities).
  std::map<std::string, std::string> string_map(const YAML::Node& node, const std::string& what);

  // Any YAML as JSON: plain scalars typed as written (integers, floats, true/false, null),
  // quoted scalars always strings.
  boost::json::value json(const YAML::Node& node);
  boost::json::object json_object(const YAML::Node& node, const std::string& what);

 private:
  std::string file_;
  std::vector<std::string>& errors_;
};

}  // namespace tributary::host::conformance
