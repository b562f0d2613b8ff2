// What `tributary validate` says about a Fishbowl connector block: the host checks the config
// against the plugin's declaration before the connector runs, so SQL smuggled through a key
// that reaches the query is refused there, with the key named.
#include <gtest/gtest.h>

#include "host/config/loader.h"
#include "plugins/fishbowl/config.h"

namespace tributary::fishbowl {
namespace {

namespace json = boost::json;

std::vector<std::string> host_errors(json::object config) {
  host::ConnectorConfig connector;
  connector.plugin = "fishbowl";
  connector.config = std::move(config);
  std::vector<std::string> out;
  for (const auto& e : host::validate_connector_config(declaration(), connector).errors)
    out.push_back(e.message);
  return out;
}

json::object valid() {
  return {{"base_url", "http://fb:2456"}, {"username", "u"}, {"password", "p"}};
}

TEST(FishbowlHostValidation, AcceptsAPlainRestBlockAndAppliesDefaults) {
  host::ConnectorConfig connector;
  connector.plugin = "fishbowl";
  connector.config = valid();
  auto v = host::validate_connector_config(declaration(), connector);
  EXPECT_TRUE(v.errors.empty());
  EXPECT_EQ(v.config.at("date_field"), "issued");
  EXPECT_EQ(v.config.at("count_statuses"), (json::array{20, 25, 60, 70}));
  EXPECT_TRUE(parse_config(v.config).ok()) << parse_config(v.config).status().to_string();
}

TEST(FishbowlHostValidation, RefusesSqlInKeysThatShapeTheQuery) {
  auto c = valid();
  c["date_field"] = "so.dateIssued >= '2000-01-01' OR 1=1";
  c["count_statuses"] = json::array{20, "60) OR (1=1"};
  c["channel_field"] = "t.name; DROP TABLE so";
  auto errors = host_errors(c);
  ASSERT_EQ(errors.size(), 3u);
  std::string all;
  for (const auto& e : errors) all += e + "\n";
  EXPECT_NE(all.find("date_field"), std::string::npos) << all;
  EXPECT_NE(all.find("count_statuses"), std::string::npos) << all;
  EXPECT_NE(all.find("channel_field"), std::string::npos) << all;
}

TEST(FishbowlHostValidation, UnknownKeysAreErrors) {
  auto c = valid();
  c["query"] = "SELECT * FROM so";
  auto errors = host_errors(c);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("unknown key 'query'"), std::string::npos) << errors[0];
}

}  // namespace
}  // namespace tributary::fishbowl
