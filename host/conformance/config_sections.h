#pragma once
// The parts of conformance.yaml that point at files: recorded exchanges, normalize cases and
// expected records. Internal to config_reader.cc.

#include <string>
#include <vector>

#include "host/conformance/conformance_config.h"
#include "host/conformance/yaml_reader.h"

namespace tributary::host::conformance {

// `base` is the directory relative file names are taken from.
std::vector<Exchange> read_exchanges(YamlReader& in, const YAML::Node& list, const std::string& base);
std::vector<NormalizeCase> read_normalize_cases(YamlReader& in, const YAML::Node& list,
                                                const std::string& base);
ExpectedOutput read_expected(YamlReader& in, const YAML::Node& node, const std::string& what,
                             const std::string& base);
std::vector<sdk::UserRef> read_users(YamlReader& in, const YAML::Node& list);
std::optional<DateRange> read_window(YamlReader& in, const YAML::Node& node, const std::string& what);

// The text of `name` (relative to `base` unless absolute); nullopt with an error when unreadable.
std::optional<std::string> read_fixture(YamlReader& in, const YAML::Node& at, const std::string& base,
                                        const std::string& name);
std::string resolve_path(const std::string& base, const std::string& name);

}  // namespace tributary::host::conformance
