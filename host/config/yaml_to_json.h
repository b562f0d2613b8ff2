#pragma once
// A connector's free-form `config:` mapping as JSON, typed by how each scalar was written:
// unquoted integers become int64, floats double, true/false bool, ~ null; quoted scalars and
// anything else stay strings. A scalar that used `${VAR}` is always a string, whatever the
// variable held: the plugin's declaration decides later whether it may be read as a number.

#include <yaml-cpp/yaml.h>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <map>
#include <string>

#include "host/config/map_reader.h"

namespace tributary::host {

boost::json::value yaml_to_json(FileContext& ctx, const YAML::Node& node,
                                const SourceLocation& where);

// The whole `config:` mapping; records where each top-level key was written in `keys`.
boost::json::object read_connector_settings(MapReader& config,
                                            std::map<std::string, SourceLocation>& keys);

}  // namespace tributary::host
