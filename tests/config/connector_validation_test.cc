// validate_connector_config against a hand-built declaration, the way the runner calls it after
// loading a plugin. Locations come from ConnectorConfig::keys, as the loader records them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "host/config/loader.h"

namespace tributary::host {
namespace {

using sdk::ValueType;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

constexpr const char* kFile = "config/pipelines/sales.yaml";

sdk::Declaration justcall_declaration() {
  sdk::Declaration d;
  d.name = "justcall";
  d.config = {
      {"api_key", ValueType::kString, true, std::nullopt, true, "JustCall API key", {}},
      {"api_secret", ValueType::kString, false, std::nullopt, true, "JustCall API secret", {}},
      {"base_url",
       ValueType::kString,
       false,
       boost::json::value("https://api.justcall.io"),
       false,
       "",
       {}},
      {"port", ValueType::kInteger, false, std::nullopt, false, "", {}},
      {"ratio", ValueType::kNumber, false, std::nullopt, false, "", {}},
      {"verify_tls", ValueType::kBoolean, false, boost::json::value(true), false, "", {}},
      {"region", ValueType::kString, false, boost::json::value("us"), false, "", {"us", "eu"}},
      {"agent_ids", ValueType::kIntegerList, false, std::nullopt, false, "", {}},
      {"streams", ValueType::kStringList, false, std::nullopt, false, "", {"calls", "texts"}},
      {"extra", ValueType::kObject, false, std::nullopt, false, "", {}},
  };
  return d;
}

// A connector as the loader would produce it: each key on its own line from line 10, column 7.
ConnectorConfig connector(const std::string& json, std::string name = "justcall") {
  ConnectorConfig c;
  c.name = std::move(name);
  c.plugin = "justcall";
  c.where = {kFile, 6, 5};
  c.plugin_where = {kFile, 6, 13};
  c.config = boost::json::parse(json).as_object();
  int line = 10;
  for (const auto& [key, value] : c.config) c.keys[std::string(key)] = {kFile, line++, 7};
  return c;
}

std::vector<std::string> messages(const ConnectorValidation& v) {
  std::vector<std::string> out;
  for (const auto& e : v.errors) out.push_back(e.to_string());
  return out;
}

TEST(ValidateConnectorConfig, AppliesDefaultsToAValidConfig) {
  auto v = validate_connector_config(justcall_declaration(), connector(R"({"api_key": "k"})"));
  EXPECT_THAT(messages(v), IsEmpty());
  EXPECT_EQ(boost::json::value(v.config), boost::json::parse(R"({
    "api_key": "k", "base_url": "https://api.justcall.io", "verify_tls": true, "region": "us"
  })"));
}

TEST(ValidateConnectorConfig, TreatsANullValueAsAbsent) {
  auto v = validate_connector_config(justcall_declaration(),
                                     connector(R"({"api_key": "k", "region": null})"));
  EXPECT_THAT(messages(v), IsEmpty());
  EXPECT_EQ(v.config.at("region"), "us");
}

TEST(ValidateConnectorConfig, CoercesStringsLeftBySubstitution) {
  auto v = validate_connector_config(
      justcall_declaration(),
      connector(R"({"api_key": "k", "port": "18080", "ratio": "0.25", "verify_tls": "false",
                    "agent_ids": ["1001", 1002]})"));
  ASSERT_THAT(messages(v), IsEmpty());
  EXPECT_TRUE(v.config.at("port").is_int64());
  EXPECT_EQ(v.config.at("port").as_int64(), 18080);
  EXPECT_EQ(v.config.at("ratio").as_double(), 0.25);
  EXPECT_EQ(v.config.at("verify_tls").as_bool(), false);
  EXPECT_EQ(boost::json::value(v.config.at("agent_ids")), boost::json::parse("[1001, 1002]"));
}

TEST(ValidateConnectorConfig, ReadsNumbersAsDoublesAndScalarsAsStrings) {
  auto v = validate_connector_config(justcall_declaration(),
                                     connector(R"({"api_key": 12345, "ratio": 2})"));
  ASSERT_THAT(messages(v), IsEmpty());
  EXPECT_EQ(v.config.at("api_key"), "12345");
  EXPECT_TRUE(v.config.at("ratio").is_double());
}

TEST(ValidateConnectorConfig, ReportsUnknownKeysAtTheKeyWithASuggestion) {
  auto v = validate_connector_config(justcall_declaration(),
                                     connector(R"({"api_key": "k", "api_kye": "x"})"));
  EXPECT_THAT(messages(v),
              ElementsAre("config/pipelines/sales.yaml:11:7: unknown key 'api_kye' in the config "
                          "of connector 'justcall' (did you mean 'api_key'?); allowed keys: "
                          "api_key, api_secret, base_url, port, ratio, verify_tls, region, "
                          "agent_ids, streams, extra"));
}

TEST(ValidateConnectorConfig, SaysWhenThePluginTakesNoKeys) {
  sdk::Declaration bare;
  bare.name = "bare";
  auto c = connector(R"({"anything": 1})", "bare");
  c.plugin = "bare";
  EXPECT_THAT(messages(validate_connector_config(bare, c)),
              ElementsAre("config/pipelines/sales.yaml:10:7: unknown key 'anything' in the "
                          "config of connector 'bare'; plugin 'bare' takes no config keys"));
}

TEST(ValidateConnectorConfig, ReportsMissingRequiredKeysAtTheConnectorEntry) {
  auto v = validate_connector_config(justcall_declaration(), connector("{}", "justcall-east"));
  EXPECT_THAT(messages(v),
              ElementsAre("config/pipelines/sales.yaml:6:5: missing required key 'api_key' in "
                          "the config of connector 'justcall-east' (plugin 'justcall'): JustCall "
                          "API key"));
}

TEST(ValidateConnectorConfig, ReportsWrongTypesAndSaysWhenAStringCannotBeRead) {
  auto v = validate_connector_config(
      justcall_declaration(), connector(R"({"api_key": {"nested": 1}, "port": "http", "ratio": true,
                    "verify_tls": "yes", "agent_ids": [1, "two"], "streams": "calls",
                    "extra": [1]})"));
  EXPECT_THAT(
      messages(v),
      ElementsAre(
          "config/pipelines/sales.yaml:10:7: expected a string for 'api_key', got a mapping",
          "config/pipelines/sales.yaml:11:7: expected an integer for 'port', got the string "
          "'http' (a string is accepted only when it reads as an integer)",
          "config/pipelines/sales.yaml:12:7: expected a number for 'ratio', got true",
          "config/pipelines/sales.yaml:13:7: expected true or false for 'verify_tls', got the "
          "string 'yes' (a string is accepted only when it reads as true or false)",
          "config/pipelines/sales.yaml:14:7: expected an integer for item 2 of 'agent_ids', got "
          "the string 'two' (a string is accepted only when it reads as an integer)",
          "config/pipelines/sales.yaml:15:7: expected a list of strings for 'streams', got the "
          "string 'calls'",
          "config/pipelines/sales.yaml:16:7: expected a mapping for 'extra', got a list"));
}

TEST(ValidateConnectorConfig, RejectsValuesOutsideAllowedValues) {
  auto v = validate_connector_config(
      justcall_declaration(),
      connector(R"({"api_key": "k", "region": "eu1", "streams": ["calls", "sms"]})"));
  EXPECT_THAT(messages(v),
              ElementsAre("config/pipelines/sales.yaml:11:7: unknown value 'eu1' for 'region' "
                          "(did you mean 'eu'?); expected one of: us, eu",
                          "config/pipelines/sales.yaml:12:7: unknown value 'sms' for 'streams'; "
                          "expected one of: calls, texts"));
}

TEST(SecretValues, ReturnsTheStringsOfSecretKeysOnly) {
  auto declaration = justcall_declaration();
  auto v = validate_connector_config(
      declaration, connector(R"({"api_key": "k-123", "api_secret": "s-456", "port": 1})"));
  ASSERT_THAT(messages(v), IsEmpty());
  EXPECT_THAT(secret_values(declaration, v.config), UnorderedElementsAre("k-123", "s-456"));
}

TEST(SecretValues, SkipsEmptySecrets) {
  auto declaration = justcall_declaration();
  auto config = boost::json::parse(R"({"api_key": "", "base_url": "x"})").as_object();
  EXPECT_THAT(secret_values(declaration, config), IsEmpty());
}

}  // namespace
}  // namespace tributary::host
