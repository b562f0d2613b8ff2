// The built plugin library: loads through the host's loader, and its manifest says what its
// declaration says (so `plugins list` and `plugins describe` agree).
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "host/plugin/loader.h"
#include "plugins/copper/config.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;

json::object manifest() {
  std::ifstream in(std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/copper/manifest.json");
  std::stringstream buf;
  buf << in.rdbuf();
  return json::parse(buf.str()).as_object();
}

TEST(CopperPlugin, ManifestAgreesWithTheDeclaration) {
  auto m = manifest();
  const auto& d = declaration();
  EXPECT_EQ(m.at("name").as_string(), d.name);
  EXPECT_EQ(m.at("version").as_string(), d.version);
  EXPECT_EQ(m.at("scope").as_string(), "per_account");
  EXPECT_EQ(m.at("description").as_string(), d.description);
  EXPECT_EQ(json::value_to<std::vector<std::string>>(m.at("metric_types")), d.metric_types);
}

TEST(CopperPlugin, LoadsThroughTheHostLoaderAndCreatesTheConnector) {
  auto plugin = host::load_plugin(std::string(TRIBUTARY_PLUGIN_DIR) + "/libtributary-copper.so");
  ASSERT_TRUE(plugin.ok()) << plugin.status().to_string();
  EXPECT_STREQ((*plugin)->info().plugin_name, "copper");
  EXPECT_STREQ((*plugin)->info().plugin_version, kPluginVersion);
  auto connector = (*plugin)->create();
  ASSERT_TRUE(connector.ok());
  EXPECT_EQ((*connector)->declaration().name, "copper");
  EXPECT_EQ((*connector)->declaration().scope, sdk::FetchScope::kPerAccount);
}

}  // namespace
}  // namespace tributary::copper
