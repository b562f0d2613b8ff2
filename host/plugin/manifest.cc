#include "host/plugin/manifest.h"

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace tributary::host {

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::string required_string(const json::object& o, const char* key, const std::string& path) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string())
    throw std::runtime_error(path + ": field '" + key + "' must be a string");
  return std::string(it->value().get_string());
}

std::vector<std::string> string_list(const json::object& o, const char* key) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_array()) return out;
  for (const auto& v : it->value().get_array()) {
    if (v.is_string()) out.emplace_back(v.get_string());
  }
  return out;
}

int int_field(const json::object& o, const char* key, const std::string& path) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_int64())
    throw std::runtime_error(path + ": field '" + key + "' must be an integer");
  return static_cast<int>(it->value().get_int64());
}

}  // namespace

PluginManifest read_manifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::stringstream buf;
  buf << in.rdbuf();
  boost::system::error_code ec;
  auto v = json::parse(buf.str(), ec);
  if (ec || !v.is_object()) throw std::runtime_error(path + ": not a JSON object (" + ec.message() + ")");
  const auto& o = v.get_object();
  PluginManifest m;
  m.name = required_string(o, "name", path);
  m.version = required_string(o, "version", path);
  m.library = required_string(o, "library", path);
  m.abi_major = int_field(o, "abi_major", path);
  m.abi_minor = int_field(o, "abi_minor", path);
  if (auto it = o.find("sdk_version"); it != o.end() && it->value().is_string())
    m.sdk_version = it->value().get_string();
  if (auto it = o.find("description"); it != o.end() && it->value().is_string())
    m.description = it->value().get_string();
  if (auto it = o.find("scope"); it != o.end() && it->value().is_string())
    m.scope = it->value().get_string();
  m.record_kinds = string_list(o, "record_kinds");
  m.metric_types = string_list(o, "metric_types");
  auto abs = fs::absolute(path);
  m.manifest_path = abs.string();
  m.library_path = (abs.parent_path() / m.library).string();
  return m;
}

ManifestScan scan_plugin_dirs(const std::vector<std::string>& dirs) {
  ManifestScan scan;
  std::set<std::string> seen;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      auto name = entry.path().filename().string();
      if (name.size() > 14 && name.ends_with(".manifest.json")) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      try {
        auto m = read_manifest(f.string());
        if (seen.insert(m.name).second) scan.plugins.push_back(std::move(m));
      } catch (const std::exception& e) {
        scan.errors.emplace_back(e.what());
      }
    }
  }
  std::sort(scan.plugins.begin(), scan.plugins.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return scan;
}

}  // namespace tributary::host
