#pragma once
// `tributary new-plugin NAME`: a connector project that builds outside the Tributary tree against
// the installed SDK, with one stream, recorded pages and a conformance file that passes as written.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tributary/sdk/status.h"

namespace tributary::host {

struct ScaffoldFile {
  std::string path;  // relative to the project directory
  std::string text;
};

// Why `name` cannot name a plugin (it becomes a C++ namespace, a library file name and the
// metrics source), or nullopt when it can: lower-case letters, digits and '_', starting with a
// letter, at most 40 characters.
std::optional<std::string> plugin_name_problem(std::string_view name);

std::vector<ScaffoldFile> render_plugin_project(std::string_view name);

// Writes the project into `directory`, which must not exist yet or be empty. kConfig failure
// naming what is wrong (bad name, directory in the way, unwritable file).
sdk::Status write_plugin_project(std::string_view name, const std::string& directory);

}  // namespace tributary::host
