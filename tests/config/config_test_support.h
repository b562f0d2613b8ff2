#pragma once
// Shared by the config tests: fixture paths, a fake environment, and errors as text with the
// fixture directory stripped, so expected strings read like the files they point into.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "host/config/loader.h"

namespace tributary::host::testing {

inline std::string fixture(std::string_view name) {
  return std::string(TRIBUTARY_SOURCE_DIR) + "/tests/config/fixtures/" + std::string(name);
}

inline EnvLookup fake_env(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](const std::string& name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

// "users.yaml:3:5: unknown key ..." for each error, in the order reported.
inline std::vector<std::string> error_lines(const std::vector<ConfigError>& errors,
                                            const std::string& dir) {
  std::vector<std::string> out;
  auto prefix = dir + "/";
  for (const auto& error : errors) {
    auto text = error.to_string();
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix)) {
      text.erase(at, prefix.size());
    }
    out.push_back(text);
  }
  return out;
}

}  // namespace tributary::host::testing
