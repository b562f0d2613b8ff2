#include "host/plugin/loader.h"

#include <dlfcn.h>

#include <boost/dll/shared_library.hpp>
#include <filesystem>

#include "host/plugin/handshake.h"

namespace tributary::host {

using InfoFn = const TributaryPluginInfo*();
using CreateFn = sdk::Connector*();
using DestroyFn = void(sdk::Connector*);

struct LoadedPlugin::Impl {
  std::string path;
  boost::dll::shared_library library;
  const TributaryPluginInfo* info = nullptr;
  CreateFn* create = nullptr;
  DestroyFn* destroy = nullptr;
};

LoadedPlugin::LoadedPlugin(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LoadedPlugin::~LoadedPlugin() = default;

const std::string& LoadedPlugin::path() const { return impl_->path; }
const TributaryPluginInfo& LoadedPlugin::info() const { return *impl_->info; }

sdk::Result<ConnectorPtr> LoadedPlugin::create() const {
  sdk::Connector* raw = impl_->create();
  if (!raw)
    return sdk::Status::internal(impl_->path + ": tributary_create_connector returned null");
  auto self = shared_from_this();
  auto* destroy = impl_->destroy;
  return ConnectorPtr(raw, [self, destroy](sdk::Connector* c) { destroy(c); });
}

sdk::Result<LoadedPluginPtr> load_plugin(const std::string& library_path) {
  namespace dll = boost::dll;
  std::error_code fs_ec;
  if (!std::filesystem::exists(library_path, fs_ec))
    return sdk::Status::config(library_path + ": plugin library not found");
  auto impl = std::make_unique<LoadedPlugin::Impl>();
  impl->path = library_path;
  boost::dll::fs::error_code ec;
  impl->library.load(library_path, dll::load_mode::rtld_now | dll::load_mode::rtld_local, ec);
  if (ec || !impl->library.is_loaded()) {
    // Boost.DLL reports only an errno; ask the dynamic loader itself for the reason (which
    // symbol was unresolved, which dependency is missing).
    std::string reason = ec.message();
    if (void* h = ::dlopen(library_path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      ::dlclose(h);
    } else if (const char* err = ::dlerror()) {
      reason = err;
    }
    return sdk::Status::config(library_path + ": cannot load plugin: " + reason);
  }
  if (!impl->library.has(sdk::kInfoSymbol))
    return sdk::Status::config(library_path + ": not a Tributary plugin (no '" +
                               std::string(sdk::kInfoSymbol) + "' symbol)");
  impl->info = impl->library.get<InfoFn>(sdk::kInfoSymbol)();
  if (!impl->info) return sdk::Status::config(library_path + ": plugin info record is null");
  if (auto why = check_handshake(*impl->info))
    return sdk::Status::config(library_path + ": plugin refused: " + *why);
  if (!impl->library.has(sdk::kCreateSymbol) || !impl->library.has(sdk::kDestroySymbol))
    return sdk::Status::config(library_path + ": plugin exports no connector factory");
  impl->create = &impl->library.get<CreateFn>(sdk::kCreateSymbol);
  impl->destroy = &impl->library.get<DestroyFn>(sdk::kDestroySymbol);
  return LoadedPluginPtr(std::make_shared<LoadedPlugin>(std::move(impl)));
}

}  // namespace tributary::host
