#include "plugins/justcall/config.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <set>

#include "tests/justcall/test_support.h"

namespace tributary::justcall {
namespace {

const sdk::ConfigKey& key(const std::string& name) {
  for (const auto& k : declaration().config) {
    if (k.name == name) return k;
  }
  throw std::runtime_error("undeclared key " + name);
}

std::string default_of(const std::string& name) {
  return boost::json::serialize(*key(name).default_value);
}

boost::json::object secrets_only() {
  return {{"api_key", testing::kApiKey}, {"api_secret", testing::kApiSecret}};
}

TEST(JustCallDeclaration, IdentityScopeAndProducts) {
  const auto& d = declaration();
  EXPECT_EQ(d.name, "justcall");
  EXPECT_EQ(d.version, "0.1.0");
  EXPECT_EQ(d.scope, sdk::FetchScope::kPerUser);
  EXPECT_EQ(d.record_kinds, std::vector<sdk::RecordKind>{sdk::RecordKind::kMetric});
  EXPECT_EQ(d.metric_types, (std::vector<std::string>{"phone_call_quantity", "talk_time_minutes"}));
  EXPECT_EQ(d.default_rate_budget.requests, 90);
  EXPECT_EQ(d.default_rate_budget.per_seconds, 60);
  EXPECT_EQ(d.account_keys, std::vector<std::string>{"api_key"});
  EXPECT_EQ(d.identity_keys, std::vector<std::string>{"agent_id"});
}

TEST(JustCallDeclaration, KeysSecretsAndDefaults) {
  std::set<std::string> names;
  for (const auto& k : declaration().config) {
    names.insert(k.name);
    EXPECT_FALSE(k.description.empty()) << k.name;
    EXPECT_EQ(k.secret, k.name == "api_key" || k.name == "api_secret") << k.name;
    EXPECT_EQ(k.required, k.name == "api_key" || k.name == "api_secret") << k.name;
    EXPECT_EQ(k.default_value.has_value(), !k.required) << k.name;
  }
  EXPECT_EQ(names,
            (std::set<std::string>{"base_url", "api_key", "api_secret", "auth_style", "per_page",
                                   "count_calls", "talk_time_field", "lookback_padding_days"}));
  EXPECT_EQ(default_of("base_url"), R"("https://api.justcall.io")");
  EXPECT_EQ(default_of("auth_style"), R"("raw")");
  EXPECT_EQ(default_of("per_page"), "100");
  EXPECT_EQ(default_of("count_calls"), R"("handled")");
  EXPECT_EQ(default_of("talk_time_field"), R"("conversation_time")");
  EXPECT_EQ(default_of("lookback_padding_days"), "1");
  EXPECT_EQ(key("per_page").type, sdk::ValueType::kInteger);
  EXPECT_EQ(key("auth_style").allowed_values, (std::vector<std::string>{"raw", "basic"}));
  EXPECT_EQ(key("count_calls").allowed_values,
            (std::vector<std::string>{"handled", "all", "outgoing"}));
  EXPECT_EQ(key("talk_time_field").allowed_values,
            (std::vector<std::string>{"conversation_time", "total_duration"}));
}

TEST(JustCallDeclaration, ManifestAgreesWithTheDeclaration) {
  auto manifest = boost::json::parse(testing::fixture("../manifest.json")).as_object();
  EXPECT_EQ(manifest.at("name").as_string(), declaration().name);
  EXPECT_EQ(manifest.at("version").as_string(), declaration().version);
  EXPECT_EQ(manifest.at("library").as_string(), "libtributary-justcall.so");
  EXPECT_EQ(manifest.at("scope").as_string(), "per_user");
  EXPECT_EQ(manifest.at("abi_major").as_int64(), 1);
  EXPECT_EQ(manifest.at("abi_minor").as_int64(), 0);
  EXPECT_EQ(manifest.at("sdk_version").as_string(), "0.1.0");
  EXPECT_EQ(boost::json::serialize(manifest.at("metric_types")),
            R"(["phone_call_quantity","talk_time_minutes"])");
  EXPECT_EQ(boost::json::serialize(manifest.at("record_kinds")), R"(["metric"])");
}

TEST(JustCallConfig, DefaultsApplyWhenOnlySecretsAreGiven) {
  auto config = parse_config(secrets_only());
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->base_url, "https://api.justcall.io");
  EXPECT_EQ(config->api_key, testing::kApiKey);
  EXPECT_EQ(config->api_secret, testing::kApiSecret);
  EXPECT_EQ(config->auth_style, AuthStyle::kRaw);
  EXPECT_EQ(config->per_page, 100);
  EXPECT_EQ(config->lookback_padding_days, 1);
  EXPECT_EQ(config->rules.count, CountRule::kHandled);
  EXPECT_EQ(config->rules.talk_field, TalkField::kConversationTime);
}

TEST(JustCallConfig, ReadsEveryKey) {
  auto raw = testing::full_config();
  raw["base_url"] = "http://127.0.0.1:8080/";
  raw["auth_style"] = "basic";
  raw["count_calls"] = "outgoing";
  raw["talk_time_field"] = "total_duration";
  raw["lookback_padding_days"] = 0;
  auto config = parse_config(raw);
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->base_url, "http://127.0.0.1:8080");
  EXPECT_EQ(config->auth_style, AuthStyle::kBasic);
  EXPECT_EQ(config->per_page, 6);
  EXPECT_EQ(config->lookback_padding_days, 0);
  EXPECT_EQ(config->rules.count, CountRule::kOutgoing);
  EXPECT_EQ(config->rules.talk_field, TalkField::kTotalDuration);
}

void expect_config_error(boost::json::object raw, const std::string& fragment) {
  auto config = parse_config(raw);
  ASSERT_FALSE(config.ok()) << "expected an error containing: " << fragment;
  EXPECT_EQ(config.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(config.status().message().find(fragment), std::string::npos)
      << config.status().message();
  EXPECT_EQ(config.status().message().find(testing::kApiSecret), std::string::npos);
}

TEST(JustCallConfig, ErrorsNameTheKeyAndWhatWouldBeRight) {
  expect_config_error({{"api_secret", "s"}}, "'api_key' is missing or empty; it is required");
  expect_config_error({{"api_key", "k"}, {"api_secret", ""}}, "'api_secret' is missing");
  struct Case {
    const char* key;
    boost::json::value value;
    const char* fragment;
  };
  const Case cases[] = {
      {"per_page", 101, "'per_page' is 101; expected 1..100"},
      {"per_page", 0, "'per_page' is 0; expected 1..100"},
      {"auth_style", "bearer", "'auth_style' is 'bearer'; expected one of: raw, basic"},
      {"count_calls", "answered", "expected one of: handled, all, outgoing"},
      {"talk_time_field", "ring_time", "expected one of: conversation_time, total_duration"},
      {"base_url", "api.justcall.io", "expected an http:// or https:// URL"},
      {"lookback_padding_days", "two",
       "'lookback_padding_days' must be an integer between 0 and 7"},
  };
  for (const auto& c : cases) {
    auto raw = secrets_only();
    raw[c.key] = c.value;
    expect_config_error(raw, c.fragment);
  }
}

TEST(JustCallConfig, CallRulesNeedNoCredentials) {
  auto rules = parse_call_rules({{"count_calls", "all"}});
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->count, CountRule::kAll);
  EXPECT_EQ(rules->talk_field, TalkField::kConversationTime);
}

}  // namespace
}  // namespace tributary::justcall
