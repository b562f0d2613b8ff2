#pragma once
// The plugin under test: the PLUGIN argument is a library path or a plugin name looked up on the
// plugin path (the directories given, $TRIBUTARY_PLUGIN_PATH, then <bin>/../lib/tributary/plugins).

#include <optional>
#include <string>
#include <vector>

#include "host/plugin/manifest.h"
#include "tributary/sdk/status.h"

namespace tributary::host::conformance {

struct PluginTarget {
  std::string library_path;  // absolute
  std::optional<PluginManifest> manifest;  // the manifest beside the library, when there is one
  std::string manifest_problem;            // why there is none (or why it could not be read)
};

sdk::Result<PluginTarget> locate_plugin(const std::string& argument,
                                        const std::vector<std::string>& plugin_dirs);

}  // namespace tributary::host::conformance
