#include "host/plugin/registry.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "host/core/did_you_mean.h"

namespace tributary::host {

PluginRegistry::PluginRegistry(std::vector<std::string> dirs)
    : dirs_(std::move(dirs)), scan_(scan_plugin_dirs(dirs_)) {}

const PluginManifest* PluginRegistry::find(std::string_view name) const {
  for (const auto& m : scan_.plugins) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

std::vector<std::string> PluginRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& m : scan_.plugins) out.push_back(m.name);
  return out;
}

sdk::Result<LoadedPluginPtr> PluginRegistry::load(std::string_view name) {
  std::lock_guard lock(mu_);
  if (auto it = loaded_.find(name); it != loaded_.end()) return it->second;
  const auto* m = find(name);
  if (!m) {
    std::string dirs;
    for (const auto& d : dirs_) dirs += (dirs.empty() ? "" : ", ") + d;
    return sdk::Status::config("unknown plugin '" + std::string(name) + "'" +
                               did_you_mean(name, names()) + "; plugins found in [" + dirs +
                               "]: " + [&] {
                                 std::string n;
                                 for (const auto& x : names()) n += (n.empty() ? "" : ", ") + x;
                                 return n.empty() ? std::string("none") : n;
                               }());
  }
  auto loaded = load_plugin(m->library_path);
  if (!loaded) return loaded.status();
  const auto& info = (*loaded)->info();
  if (m->name != info.plugin_name)
    return sdk::Status::config(m->manifest_path + ": manifest names plugin '" + m->name +
                               "' but the library says '" + info.plugin_name + "'");
  if (m->version != info.plugin_version)
    return sdk::Status::config(m->manifest_path + ": manifest version '" + m->version +
                               "' but the library says '" + info.plugin_version + "'");
  loaded_.emplace(std::string(name), *loaded);
  return *loaded;
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& configured) {
  std::vector<std::string> dirs = configured;
  if (const char* env = std::getenv("TRIBUTARY_PLUGIN_PATH"); env && *env) {
    std::string s(env);
    std::size_t start = 0;
    while (start <= s.size()) {
      auto end = s.find(':', start);
      if (end == std::string::npos) end = s.size();
      if (end > start) dirs.push_back(std::filesystem::absolute(s.substr(start, end - start)).string());
      start = end + 1;
    }
  }
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto dir = (exe.parent_path() / ".." / "lib" / "tributary" / "plugins").lexically_normal();
    dirs.push_back(dir.string());
  }
  return dirs;
}

}  // namespace tributary::host
