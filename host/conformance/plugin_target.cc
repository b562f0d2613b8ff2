#include "host/conformance/plugin_target.h"

#include <filesystem>

#include "host/core/did_you_mean.h"
#include "host/plugin/registry.h"

namespace tributary::host::conformance {

namespace fs = std::filesystem;

namespace {

// The manifest in the library's directory whose `library` names it.
void find_manifest(PluginTarget& target) {
  auto library = fs::path(target.library_path);
  auto dir = library.parent_path();
  std::error_code ec;
  std::vector<std::string> problems;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    auto name = entry.path().filename().string();
    if (!name.ends_with(".manifest.json")) continue;
    try {
      auto m = read_manifest(entry.path().string());
      if (fs::path(m.library).filename() == library.filename()) {
        target.manifest = std::move(m);
        return;
      }
    } catch (const std::exception& e) {
      problems.emplace_back(e.what());
    }
  }
  target.manifest_problem = "no *.manifest.json in " + dir.string() + " names library '" +
                            library.filename().string() + "'";
  for (const auto& p : problems) target.manifest_problem += "; " + p;
}

}  // namespace

sdk::Result<PluginTarget> locate_plugin(const std::string& argument,
                                        const std::vector<std::string>& plugin_dirs) {
  PluginTarget target;
  bool is_path = argument.find('/') != std::string::npos || argument.ends_with(".so");
  if (is_path) {
    std::error_code ec;
    if (!fs::is_regular_file(argument, ec))
      return sdk::Status::config("plugin library '" + argument + "' does not exist");
    target.library_path = fs::absolute(argument).lexically_normal().string();
    find_manifest(target);
    return target;
  }
  auto dirs = plugin_search_path(plugin_dirs);
  auto scan = scan_plugin_dirs(dirs);
  std::vector<std::string> names;
  for (const auto& m : scan.plugins) {
    names.push_back(m.name);
    if (m.name == argument) {
      target.library_path = m.library_path;
      target.manifest = m;
      return target;
    }
  }
  std::string searched, found;
  for (const auto& d : dirs) searched += (searched.empty() ? "" : ", ") + d;
  for (const auto& n : names) found += (found.empty() ? "" : ", ") + n;
  return sdk::Status::config("no plugin named '" + argument + "'" + did_you_mean(argument, names) +
                             " in [" + searched + "]; plugins there: " +
                             (found.empty() ? "none" : found) +
                             " (give a library path, or --plugin-dir DIR)");
}

}  // namespace tributary::host::conformance
