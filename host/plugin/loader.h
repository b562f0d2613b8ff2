#pragma once
// Loads a plugin library with Boost.DLL (RTLD_NOW: every symbol resolved at load, or it fails),
// checks the handshake, and creates connectors that keep the library loaded while they live.

#include <memory>
#include <string>

#include "tributary/sdk/abi.h"
#include "tributary/sdk/connector.h"
#include "tributary/sdk/status.h"

namespace tributary::host {

using ConnectorPtr = std::shared_ptr<sdk::Connector>;

class LoadedPlugin : public std::enable_shared_from_this<LoadedPlugin> {
 public:
  struct Impl;
  explicit LoadedPlugin(std::unique_ptr<Impl> impl);
  ~LoadedPlugin();

  const std::string& path() const;
  const TributaryPluginInfo& info() const;
  // A new connector object; holds a reference to this plugin so the library stays loaded.
  sdk::Result<ConnectorPtr> create() const;

 private:
  std::unique_ptr<Impl> impl_;
};

using LoadedPluginPtr = std::shared_ptr<const LoadedPlugin>;

// kConfig failure when the file is missing, cannot be loaded (unresolved symbols), exports no
// info record, or fails the handshake; the message names the path and the reason.
sdk::Result<LoadedPluginPtr> load_plugin(const std::string& library_path);

}  // namespace tributary::host
