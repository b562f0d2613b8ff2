// Every shipped plugin exports exactly the three handshake/factory functions and nothing else
// (docs/architecture.md): what the dynamic loader sees is read with binutils' nm, not assumed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "tests/support/subprocess.h"

namespace tributary::testing {
namespace {

std::set<std::string> exported_symbols(const std::string& library) {
  auto r = run_process({TRIBUTARY_NM, "-D", "--defined-only", "--format=posix", library});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> names;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string name, type;
    if (fields >> name >> type && type != "A") names.insert(name);  // A: version-node markers
  }
  return names;
}

TEST(PluginExports, EveryShippedPluginExportsOnlyTheThreeEntryPoints) {
  const std::set<std::string> expected{"tributary_plugin_info", "tributary_create_connector",
                                       "tributary_destroy_connector"};
  std::vector<std::string> libraries;
  for (const auto& entry : std::filesystem::directory_iterator(TRIBUTARY_PLUGIN_DIR)) {
    if (entry.path().extension() == ".so") libraries.push_back(entry.path().string());
  }
  std::sort(libraries.begin(), libraries.end());
  ASSERT_EQ(libraries.size(), 5U) << "copper, fishbowl, hubspot, justcall, salesforce";
  for (const auto& library : libraries) EXPECT_EQ(exported_symbols(library), expected) << library;
}

}  // namespace
}  // namespace tributary::testing
