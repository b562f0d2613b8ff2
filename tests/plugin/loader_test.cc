#include "host/plugin/loader.h"

#include <gtest/gtest.h>

#include "host/plugin/registry.h"

using namespace tributary::host;
using tributary::sdk::FailureKind;

namespace {
std::string lib(const std::string& name) {
  return std::string(FAKE_PLUGIN_DIR) + "/libfake-" + name + ".so";
}
}  // namespace

TEST(PluginLoader, LoadsAGoodPluginAndCreatesConnectors) {
  auto loaded = load_plugin(lib("goodplugin"));
  ASSERT_TRUE(loaded) << loaded.status().to_string();
  EXPECT_STREQ((*loaded)->info().plugin_name, "goodplugin");
  auto c = (*loaded)->create();
  ASSERT_TRUE(c);
  EXPECT_EQ((*c)->declaration().name, "goodplugin");
}

TEST(PluginLoader, ConnectorKeepsItsLibraryLoaded) {
  ConnectorPtr connector;
  {
    auto loaded = load_plugin(lib("goodplugin"));
    ASSERT_TRUE(loaded);
    connector = *(*loaded)->create();
  }  // the last LoadedPluginPtr outside the connector is gone here
  // Calling into the plugin's code would crash if the library had been unloaded.
  EXPECT_EQ(connector->declaration().version, "1.0.0");
  connector.reset();
}

TEST(PluginLoader, RefusesADifferentAbiMajorNamingTheField) {
  auto loaded = load_plugin(lib("abitwo"));
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.status().kind(), FailureKind::kConfig);
  EXPECT_NE(loaded.status().message().find("abi_major: expected 1, plugin has 2"), std::string::npos)
      << loaded.status().message();
}

TEST(PluginLoader, RefusesAnotherBoostVersion) {
  auto loaded = load_plugin(lib("oldboost"));
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("boost_version: expected '1_81', plugin has '1_74'"),
            std::string::npos)
      << loaded.status().message();
}

TEST(PluginLoader, RefusesUnresolvedSymbolsAtLoadTime) {
  auto loaded = load_plugin(lib("unresolved"));
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("cannot load plugin"), std::string::npos)
      << loaded.status().message();
  EXPECT_NE(loaded.status().message().find("tributary_test_symbol_nobody_defines"), std::string::npos)
      << loaded.status().message();
}

TEST(PluginLoader, RefusesALibraryWithoutInfoRecord) {
  auto loaded = load_plugin(lib("notaplugin"));
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("not a Tributary plugin"), std::string::npos);
}

TEST(PluginLoader, MissingFileIsAConfigError) {
  auto loaded = load_plugin("/nonexistent/libnothing.so");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("not found"), std::string::npos);
}

TEST(PluginRegistry, UnknownPluginSuggestsTheNearestName) {
  PluginRegistry registry({FAKE_PLUGIN_DIR});
  auto loaded = registry.load("goodplugni");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("did you mean 'goodplugin'"), std::string::npos)
      << loaded.status().message();
}

TEST(PluginRegistry, ManifestThatDisagreesWithTheLibraryIsRefused) {
  PluginRegistry registry({FAKE_PLUGIN_DIR});
  auto loaded = registry.load("goodplugin-liar");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.status().message().find("manifest names plugin 'goodplugin-liar'"), std::string::npos)
      << loaded.status().message();
}

TEST(PluginRegistry, LoadsOnceAndReusesTheLibrary) {
  PluginRegistry registry({FAKE_PLUGIN_DIR});
  auto a = registry.load("goodplugin");
  auto b = registry.load("goodplugin");
  ASSERT_TRUE(a);
  ASSERT_TRUE(b);
  EXPECT_EQ(a->get(), b->get());
}
