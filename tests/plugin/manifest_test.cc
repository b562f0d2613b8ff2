#include "host/plugin/manifest.h"

#include <gtest/gtest.h>

using namespace tributary::host;

TEST(ManifestScan, FindsEveryValidManifestAndReportsBrokenOnes) {
  auto scan = scan_plugin_dirs({FAKE_PLUGIN_DIR, "/nonexistent/dir"});
  std::vector<std::string> names;
  for (const auto& m : scan.plugins) names.push_back(m.name);
  EXPECT_EQ(names, (std::vector<std::string>{"abitwo", "goodplugin", "goodplugin-liar", "notaplugin",
                                             "oldboost", "unresolved"}));
  ASSERT_EQ(scan.errors.size(), 1u);
  EXPECT_NE(scan.errors[0].find("broken.manifest.json"), std::string::npos) << scan.errors[0];
}

TEST(ManifestScan, LibraryPathIsBesideTheManifest) {
  auto scan = scan_plugin_dirs({FAKE_PLUGIN_DIR});
  for (const auto& m : scan.plugins) {
    if (m.name != "goodplugin") continue;
    EXPECT_EQ(m.library_path, std::string(FAKE_PLUGIN_DIR) + "/libfake-goodplugin.so");
    EXPECT_EQ(m.metric_types, std::vector<std::string>{"email_quantity"});
  }
}
