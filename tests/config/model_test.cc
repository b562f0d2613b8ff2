#include "host/config/model.h"

#include <gtest/gtest.h>

namespace tributary::host {
namespace {

TEST(SourceLocation, PrintsFileLineAndColumn) {
  EXPECT_EQ((SourceLocation{"config/users.yaml", 12, 5}).to_string(), "config/users.yaml:12:5");
  EXPECT_EQ((SourceLocation{"config/users.yaml", 12, 0}).to_string(), "config/users.yaml:12");
  EXPECT_EQ((SourceLocation{"config/tributary.yaml", 0, 0}).to_string(), "config/tributary.yaml");
}

TEST(ConfigError, PrefixesTheMessageWithItsLocation) {
  ConfigError error{{"config/users.yaml", 12, 5}, "unknown key 'emial'"};
  EXPECT_EQ(error.to_string(), "config/users.yaml:12:5: unknown key 'emial'");
  EXPECT_EQ((ConfigError{{}, "no location"}).to_string(), "no location");
}

TEST(Config, FindsPipelinesAndUsersByName) {
  Config config;
  config.pipelines.push_back({});
  config.pipelines.back().name = "sales";
  config.users.push_back({});
  config.users.back().id = "rep1";
  ASSERT_NE(config.find_pipeline("sales"), nullptr);
  EXPECT_EQ(config.find_pipeline("sales")->name, "sales");
  EXPECT_EQ(config.find_pipeline("leads"), nullptr);
  ASSERT_NE(config.find_user("rep1"), nullptr);
  EXPECT_EQ(config.find_user("rep2"), nullptr);
}

}  // namespace
}  // namespace tributary::host
