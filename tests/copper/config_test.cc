#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/copper/config.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;

json::object minimal() { return {{"api_key", "k"}, {"user_email", "owner@example.com"}}; }

const sdk::ConfigKey* find_key(std::string_view name) {
  for (const auto& k : declaration().config) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

TEST(CopperDeclaration, DeclaresOneAccountWideUnitWithCoppersBudget) {
  const auto& d = declaration();
  EXPECT_EQ(d.name, "copper");
  EXPECT_EQ(d.scope, sdk::FetchScope::kPerAccount);
  EXPECT_EQ(d.metric_types,
            (std::vector<std::string>{"email_quantity", "phone_call_quantity", "talk_time_minutes",
                                      "lead_progression_a", "lead_progression_b",
                                      "lead_progression_c", "new_sales_wholesale",
                                      "new_sales_distribution"}));
  EXPECT_EQ(d.default_rate_budget.requests, 180);
  EXPECT_EQ(d.default_rate_budget.per_seconds, 60);
  EXPECT_EQ(d.account_keys, (std::vector<std::string>{"api_key", "user_email"}));
  EXPECT_EQ(d.identity_keys, (std::vector<std::string>{"user_id"}));
}

TEST(CopperDeclaration, TheKeyIsRequiredAndSecretAndEveryOptionalKeyHasADefault) {
  const auto* api_key = find_key("api_key");
  ASSERT_NE(api_key, nullptr);
  EXPECT_TRUE(api_key->required);
  EXPECT_TRUE(api_key->secret);
  for (const auto& k : declaration().config) {
    if (!k.required) {
      EXPECT_TRUE(k.default_value.has_value()) << k.name;
    }
    EXPECT_FALSE(k.description.empty()) << k.name;
  }
  EXPECT_EQ(json::serialize(*find_key("email_activity_types")->default_value), R"(["system:6"])");
  EXPECT_EQ(json::serialize(*find_key("phone_call_activity_types")->default_value), R"(["Phone Call"])");
}

TEST(CopperConfig, DefaultsMatchTheDeclaration) {
  auto c = parse_config(minimal());
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  EXPECT_EQ(c->base_url, kDefaultBaseUrl);
  EXPECT_EQ(c->email_types, (std::vector<std::string>{"system:6"}));
  EXPECT_EQ(c->phone_call_types, (std::vector<std::string>{"Phone Call"}));
  EXPECT_EQ(c->close_date_format, "MM/DD/YYYY");
  EXPECT_EQ(c->sale_type_field, 710692);
  EXPECT_EQ(c->wholesale_options, (std::vector<std::int64_t>{2098790}));
  EXPECT_EQ(c->distribution_options, (std::vector<std::int64_t>{2098791}));
  EXPECT_EQ(c->user_cache_ttl_hours, 24);
  EXPECT_EQ(c->won_date, WonDate::kStageChanged);
  EXPECT_FALSE(c->has_lead_stages());
}

TEST(CopperConfig, ReadsNumbersInTypeAndStageListsAsIds) {
  auto config = minimal();
  config["phone_call_activity_types"] = json::array{2160510, "user:2160511"};
  config["lead_stage_b"] = json::array{5034782};
  auto c = parse_config(config);
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  EXPECT_EQ(c->phone_call_types, (std::vector<std::string>{"2160510", "user:2160511"}));
  EXPECT_EQ(c->lead_stages[1], (std::vector<std::string>{"5034782"}));
  EXPECT_TRUE(c->has_lead_stages());
}

TEST(CopperConfig, WrongValuesAreConfigErrorsNamingTheKey) {
  struct Case {
    const char* key;
    json::value value;
  };
  for (const auto& [key, value] : std::vector<Case>{{"close_date_format", "YYYY/MM/DD"},
                                                     {"won_date", "closed"},
                                                     {"base_url", "api.copper.com"},
                                                     {"user_cache_ttl_hours", -1},
                                                     {"lead_stage_a", json::array{""}},
                                                     {"user_email", "owner"}}) {
    auto config = minimal();
    config[key] = value;
    auto c = parse_config(config);
    ASSERT_FALSE(c.ok()) << key;
    EXPECT_EQ(c.status().kind(), sdk::FailureKind::kConfig) << key;
    EXPECT_NE(c.status().message().find(key), std::string::npos) << c.status().message();
  }
}

TEST(CopperConfig, TrimsATrailingSlashFromTheBaseUrl) {
  auto config = minimal();
  config["base_url"] = "http://127.0.0.1:8081/copper/developer_api/v1/";
  auto c = parse_config(config);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->base_url, "http://127.0.0.1:8081/copper/developer_api/v1");
}

}  // namespace
}  // namespace tributary::copper
