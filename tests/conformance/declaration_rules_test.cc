#include "host/conformance/declaration_rules.h"

#include <gtest/gtest.h>

namespace tributary::host::conformance {
namespace {

using sdk::ValueType;

DeclarationRead good() {
  DeclarationRead r;
  auto& d = r.declaration;
  d.name = "acme";
  d.version = "1.0.0";
  d.description = "Acme CRM";
  d.record_kinds = {sdk::RecordKind::kMetric};
  d.metric_types = {"email_quantity"};
  d.account_keys = {"api_token"};
  d.config = {{"base_url", ValueType::kString, false, boost::json::value("https://x"), false, "API root", {}},
              {"api_token", ValueType::kString, true, std::nullopt, true, "token", {}},
              {"mode", ValueType::kString, false, boost::json::value("a"), false, "mode", {"a", "b"}}};
  r.raw_record_kinds = {0};
  r.raw_key_types = {0, 0, 0};
  return r;
}

bool has(const std::vector<std::string>& v, const std::string& part) {
  for (const auto& s : v) {
    if (s.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(DeclarationRules, ACleanDeclarationHasNoFindings) {
  auto f = declaration_hygiene(good());
  EXPECT_TRUE(f.errors.empty()) << f.errors.front();
  EXPECT_TRUE(f.warnings.empty());
}

TEST(DeclarationRules, CredentialNamesAreRecognisedAndNamesAboutThemAreNot) {
  for (const auto* name : {"api_key", "api_token", "access_token", "client_secret", "password", "refresh_token",
                           "private_key", "apikey"})
    EXPECT_TRUE(looks_like_credential(name)) << name;
  for (const auto* name : {"token_url", "auth_style", "key_field", "client_id", "base_url", "account_keys",
                           "per_page", "username"})
    EXPECT_FALSE(looks_like_credential(name)) << name;
}

TEST(DeclarationRules, AnUnmarkedCredentialAndASecretWithADefaultAreErrors) {
  auto r = good();
  r.declaration.config[1].secret = false;
  EXPECT_TRUE(has(declaration_hygiene(r).errors, "config key 'api_token': looks like a credential but is not marked secret"));
  r = good();
  r.declaration.config[1].required = false;
  r.declaration.config[1].default_value = boost::json::value("demo");
  EXPECT_TRUE(has(declaration_hygiene(r).errors, "is secret and has a default"));
}

TEST(DeclarationRules, KeysMustBeTypedDescribedAndConsistent) {
  auto r = good();
  r.declaration.config[0].default_value = boost::json::value(5);
  r.declaration.config[0].description.clear();
  r.declaration.config[2].default_value = boost::json::value("c");
  r.raw_key_types[1] = 42;
  auto f = declaration_hygiene(r);
  EXPECT_TRUE(has(f.errors, "config key 'base_url': default 5 is not a string"));
  EXPECT_TRUE(has(f.errors, "config key 'base_url': has no description"));
  EXPECT_TRUE(has(f.errors, "config key 'mode': default 'c' is not one of its allowed_values"));
  EXPECT_TRUE(has(f.errors, "config key 'api_token': type 42 is not an sdk::ValueType"));

  r = good();
  r.declaration.config[1].default_value = boost::json::value("x");
  r.declaration.config.push_back({"Page-Size", ValueType::kInteger, false, std::nullopt, false, "rows", {"10"}});
  r.raw_key_types.push_back(1);
  f = declaration_hygiene(r);
  EXPECT_TRUE(has(f.errors, "'api_token': is required and has a default"));
  EXPECT_TRUE(has(f.errors, "'Page-Size': names are lower_snake_case"));
  EXPECT_TRUE(has(f.errors, "'Page-Size': allowed_values only apply to strings"));
}

TEST(DeclarationRules, OutputsMustBeKnownKindsWithMetricTypes) {
  auto r = good();
  r.declaration.metric_types = {"email_quantity", "demo_bookings"};
  auto f = declaration_hygiene(r);
  EXPECT_TRUE(f.errors.empty());
  EXPECT_TRUE(has(f.warnings, "metric type 'demo_bookings' is not one the host knows"));

  r = good();
  r.declaration.metric_types.clear();
  r.raw_record_kinds = {0, 7};
  f = declaration_hygiene(r);
  EXPECT_TRUE(has(f.errors, "record_kinds has 'metric' but metric_types is empty"));
  EXPECT_TRUE(has(f.errors, "record_kinds: 7 is not an sdk::RecordKind"));

  r = good();
  r.raw_record_kinds.clear();
  r.raw_scope = 5;
  f = declaration_hygiene(r);
  EXPECT_TRUE(has(f.errors, "record_kinds is empty"));
  EXPECT_TRUE(has(f.errors, "scope 5 is neither per_user nor per_account"));
}

TEST(DeclarationRules, AccountKeysAndBudgetAreChecked) {
  auto r = good();
  r.declaration.account_keys = {"api_tokn"};
  r.declaration.default_rate_budget = {10, 0};
  auto f = declaration_hygiene(r);
  EXPECT_TRUE(has(f.errors, "account_keys names 'api_tokn', which is not a declared config key"));
  EXPECT_TRUE(has(f.errors, "default_rate_budget is 10 per 0 s"));
  r = good();
  r.declaration.account_keys.clear();
  EXPECT_TRUE(has(declaration_hygiene(r).warnings, "account_keys is empty"));
}

}  // namespace
}  // namespace tributary::host::conformance
