#include "plugins/fishbowl/config.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/fishbowl/test_support.h"

namespace tributary::fishbowl {
namespace {

namespace json = boost::json;

sdk::Status config_error(json::object config) {
  auto parsed = parse_config(config);
  EXPECT_FALSE(parsed.ok());
  return parsed.status();
}

void expect_config_error(json::object config, const std::string& says) {
  auto s = config_error(std::move(config));
  EXPECT_EQ(s.kind(), sdk::FailureKind::kConfig) << s.to_string();
  EXPECT_NE(s.message().find(says), std::string::npos) << s.message();
}

TEST(FishbowlConfig, DefaultsFromTheDeclaration) {
  auto parsed = parse_config(
      {{"base_url", "http://fb.local:2456/api/"}, {"username", "apiuser"}, {"password", "pw"}});
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_EQ(parsed->mode, Mode::kRest);
  EXPECT_EQ(parsed->rest.base_url, "http://fb.local:2456") << "trailing /api is dropped";
  EXPECT_EQ(parsed->rest.app_name, "Tributary");
  EXPECT_EQ(parsed->rest.page_size, 500);
  EXPECT_EQ(parsed->rules.statuses, (std::vector<int>{20, 25, 60, 70}));
  EXPECT_EQ(parsed->rules.date_field, DateField::kIssued);
  EXPECT_EQ(parsed->rules.amount, AmountField::kSubtotal);
  EXPECT_EQ(parsed->rules.channels.at("wholesale"), Channel::kWholesaleChannel);
  EXPECT_EQ(parsed->rules.channels.at("distribution"), Channel::kDistributionChannel);
}

TEST(FishbowlConfig, DeclaresWhatTheHostNeeds) {
  const auto& d = declaration();
  EXPECT_EQ(d.scope, sdk::FetchScope::kPerAccount);
  EXPECT_EQ(d.metric_types,
            (std::vector<std::string>{"new_sales_wholesale", "new_sales_distribution"}));
  EXPECT_EQ(d.identity_keys, (std::vector<std::string>{"salesman_id", "salesman"}));
  EXPECT_EQ(d.account_keys, (std::vector<std::string>{"base_url", "username"}));
  EXPECT_EQ(d.default_rate_budget.requests, 5);
  for (const auto& k : d.config) {
    EXPECT_EQ(k.secret, k.name == "password" || k.name == "mfa_code") << k.name;
    if (k.name == "date_field") {
      EXPECT_EQ(k.allowed_values, (std::vector<std::string>{"issued", "completed", "posted"}));
    }
    if (k.name == "count_statuses") {
      EXPECT_EQ(k.type, sdk::ValueType::kIntegerList);
    }
  }
}

TEST(FishbowlConfig, RestNeedsServerAndCredentials) {
  expect_config_error({{"username", "u"}, {"password", "p"}}, "'base_url' is missing");
  expect_config_error({{"base_url", "fb.local:2456"}, {"username", "u"}, {"password", "p"}},
                      "http:// or https://");
  expect_config_error({{"base_url", "http://fb"}, {"username", "u"}}, "'password' is missing");
}

TEST(FishbowlConfig, CsvNeedsOnlyAPath) {
  auto parsed = parse_config({{"mode", "csv"}, {"csv_path", "orders.csv"}});
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_EQ(parsed->csv_path, "orders.csv");
  expect_config_error({{"mode", "csv"}}, "'csv_path' is missing");
}

// Nothing the operator writes reaches the SQL as text, and anything shaped like SQL is refused
// before a request is made.
TEST(FishbowlConfig, SmuggledSqlIsAConfigError) {
  auto base = testing::rest_config();
  auto with = [&](const char* key, json::value v) {
    auto c = base;
    c[key] = std::move(v);
    return c;
  };
  expect_config_error(with("date_field", "dateIssued >= '2000-01-01' OR 1=1; --"),
                      "expected one of: issued, completed, posted");
  expect_config_error(with("date_field", "so.dateIssued"), "expected one of");
  expect_config_error(with("channel_field", "t.name'; DROP TABLE so; --"),
                      "expected one of: account_type, customer_name");
  expect_config_error(with("count_statuses", json::array{20, "60) OR (1=1"}),
                      "is not an integer status id");
  expect_config_error(with("count_statuses", json::array{"20;"}), "is not an integer status id");
  expect_config_error(with("amount", "totalPrice*100"), "expected one of: subtotal, total");
  expect_config_error(with("csv_format", "x'"), "expected one of");
}

TEST(FishbowlConfig, StatusesThatNeverCountAreRefusedByName) {
  auto base = testing::rest_config();
  for (auto [id, name] : std::vector<std::pair<int, std::string>>{
           {10, "Estimate"}, {80, "Void"}, {85, "Cancelled"}, {90, "Expired"}}) {
    auto c = base;
    c["count_statuses"] = json::array{20, id};
    expect_config_error(c, std::to_string(id) + " (" + name + "), which never counts");
  }
  auto c = base;
  c["count_statuses"] = json::array{33};
  expect_config_error(c, "33, which is not a Fishbowl sales-order status id");
  c["count_statuses"] = json::array{};
  expect_config_error(c, "non-empty list");
  c["count_statuses"] = json::array{95, 60, 60};
  EXPECT_EQ(parse_config(c)->rules.statuses, (std::vector<int>{60, 95}));
}

TEST(FishbowlConfig, MapsAreMatchedIgnoringCaseAndSpaces) {
  auto c = testing::rest_config();
  c["channel_map"] = {{" WholeSale ", "wholesale"}, {"Distributor", "new_sales_distribution"}};
  c["salesman_aliases"] = {{" JDoe ", "rep1"}};
  auto parsed = parse_config(c);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_EQ(parsed->rules.channels.at("wholesale"), Channel::kWholesaleChannel);
  EXPECT_EQ(parsed->rules.channels.at("distributor"), Channel::kDistributionChannel);
  EXPECT_EQ(parsed->rules.salesman_aliases.at("jdoe"), "rep1");

  c["channel_map"] = {{"Retail", "retail"}};
  expect_config_error(c, "expected wholesale or distribution");
  c["channel_map"] = {{"Wholesale", "wholesale"}, {"WHOLESALE", "distribution"}};
  expect_config_error(c, "two channels");
  c.erase("channel_map");
  c["salesman_aliases"] = {{"JD", "rep1"}, {"jd", "rep2"}};
  expect_config_error(c, "to both 'rep1' and 'rep2'");
}

TEST(FishbowlConfig, ServerTimezoneMustBeAZone) {
  auto c = testing::rest_config();
  c["server_timezone"] = "Eastern";
  expect_config_error(c, "not an IANA zone name");
}

TEST(FishbowlConfig, PageSizeAndAppNameAreChecked) {
  auto c = testing::rest_config();
  c["page_size"] = 0;
  expect_config_error(c, "'page_size' is 0; expected 1..5000");
  c["page_size"] = 10;
  c["app_name"] = "bad\nname";
  expect_config_error(c, "printable");
}

}  // namespace
}  // namespace tributary::fishbowl
