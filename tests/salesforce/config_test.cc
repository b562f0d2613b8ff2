#include "plugins/salesforce/config.h"

#include <gtest/gtest.h>

#include "tests/salesforce/salesforce_testing.h"

namespace tributary::salesforce {
namespace {

using namespace testing;

TEST(SalesforceConfig, DeclaresAPerAccountLeadConnectorWithSecretsMarked) {
  const auto& d = declaration();
  EXPECT_EQ(d.name, "salesforce");
  EXPECT_EQ(d.scope, sdk::FetchScope::kPerAccount);
  EXPECT_EQ(d.record_kinds, std::vector<sdk::RecordKind>{sdk::RecordKind::kLead});
  for (const auto& k : d.config)
    EXPECT_EQ(k.secret, k.name == "client_secret" || k.name == "refresh_token") << k.name;
}

TEST(SalesforceConfig, DefaultsFillAbsentKeys) {
  auto c = parse_config({{"client_id", "a"}, {"client_secret", "b"}, {"refresh_token", "c"}});
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  EXPECT_EQ(c->login_url, "https://login.salesforce.com");
  EXPECT_EQ(c->api_version, "v61.0");
  EXPECT_EQ(c->objects, (std::vector<std::string>{"Contact", "Lead"}));
  EXPECT_EQ(c->batch_size, 2000);
}

TEST(SalesforceConfig, BadValuesNameTheKeyAndWhatWouldBeRight) {
  auto c = config();
  c["objects"] = boost::json::array{"Contact", "Opportunity"};
  EXPECT_EQ(parse_config(c).status().message(),
            "salesforce config: 'objects' lists \"Opportunity\"; expected Contact, Lead or both");
  c = config();
  c["api_version"] = "61";
  EXPECT_EQ(parse_config(c).status().message(),
            "salesforce config: 'api_version' is '61'; expected the form v61.0");
  c = config();
  c["batch_size"] = 50;
  EXPECT_EQ(parse_config(c).status().message(),
            "salesforce config: 'batch_size' is 50; expected an integer 200..2000");
  c = config();
  c.erase("refresh_token");
  EXPECT_EQ(parse_config(c).status().message(),
            "salesforce config: 'refresh_token' is missing or empty; it is required");
}

}  // namespace
}  // namespace tributary::salesforce
