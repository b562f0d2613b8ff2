#pragma once
// The plugin registry: manifests found in the plugin directories, and the plugins loaded so far.
// The only process-wide mutable state the host has, owned by whoever runs the host.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "host/plugin/loader.h"
#include "host/plugin/manifest.h"

namespace tributary::host {

class PluginRegistry {
 public:
  explicit PluginRegistry(std::vector<std::string> dirs);

  const std::vector<std::string>& dirs() const { return dirs_; }
  const std::vector<PluginManifest>& manifests() const { return scan_.plugins; }
  const std::vector<std::string>& scan_errors() const { return scan_.errors; }
  const PluginManifest* find(std::string_view name) const;
  std::vector<std::string> names() const;

  // Loads (once) the plugin with this name; checks the library's info record agrees with its
  // manifest. kConfig failure with did-you-mean when there is no such plugin.
  sdk::Result<LoadedPluginPtr> load(std::string_view name);

 private:
  std::vector<std::string> dirs_;
  ManifestScan scan_;
  std::mutex mu_;
  std::map<std::string, LoadedPluginPtr, std::less<>> loaded_;
};

// Plugin directories: the configured ones, then $TRIBUTARY_PLUGIN_PATH (colon-separated), then
// <directory of the running binary>/../lib/tributary/plugins.
std::vector<std::string> plugin_search_path(const std::vector<std::string>& configured);

}  // namespace tributary::host
