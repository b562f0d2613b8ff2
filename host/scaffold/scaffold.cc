#include "host/scaffold/scaffold.h"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "host/scaffold/plugin_templates.h"
#include "tributary/sdk/abi.h"

namespace tributary::host {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxName = 40;

std::string pascal_case(std::string_view name) {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

std::string substitute(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [placeholder, value] : values) {
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

}  // namespace

std::optional<std::string> plugin_name_problem(std::string_view name) {
  std::string shown(name);
  if (name.empty()) return "the plugin name is empty; expected e.g. acme_crm";
  if (name.size() > kMaxName)
    return "the plugin name '" + shown + "' is longer than " + std::to_string(kMaxName) + " characters";
  if (!(name[0] >= 'a' && name[0] <= 'z'))
    return "the plugin name '" + shown + "' must start with a lower-case letter (e.g. acme_crm)";
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
      return "the plugin name '" + shown + "' may hold only lower-case letters, digits and '_' (it is a "
             "C++ namespace, a library name and the metrics source); e.g. " +
             [&] {
               std::string fixed;
               for (char x : name) fixed += std::isalnum(static_cast<unsigned char>(x)) ? static_cast<char>(std::tolower(static_cast<unsigned char>(x))) : '_';
               return fixed;
             }();
  }
  return std::nullopt;
}

std::vector<ScaffoldFile> render_plugin_project(std::string_view name) {
  const std::vector<std::pair<std::string, std::string>> values = {
      {"@NAME@", std::string(name)},
      {"@CLASS@", pascal_case(name)},
      {"@ABI_MAJOR@", std::to_string(TRIBUTARY_ABI_MAJOR)},
      {"@ABI_MINOR@", std::to_string(TRIBUTARY_ABI_MINOR)},
      {"@SDK_VERSION@", TRIBUTARY_SDK_VERSION}};
  std::vector<ScaffoldFile> files;
  for (const auto& t : plugin_templates()) files.push_back({t.path, substitute(t.text, values)});
  return files;
}

sdk::Status write_plugin_project(std::string_view name, const std::string& directory) {
  if (auto problem = plugin_name_problem(name)) return sdk::Status::config(*problem);
  std::error_code ec;
  if (fs::exists(directory, ec) && !(fs::is_directory(directory, ec) && fs::is_empty(directory, ec)))
    return sdk::Status::config(directory + " already exists and is not an empty directory; choose another "
                               "--dir or remove it (new-plugin never overwrites files)");
  for (const auto& file : render_plugin_project(name)) {
    auto path = fs::path(directory) / file.path;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out << file.text;
    if (!out) return sdk::Status::config("cannot write " + path.string() + ": " + std::strerror(errno));
  }
  return sdk::Status::success();
}

}  // namespace tributary::host
