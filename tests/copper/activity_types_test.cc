#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/copper/activity_types.h"
#include "tests/copper/copper_fixtures.h"

namespace tributary::copper {
namespace {

std::vector<ActivityType> account() {
  auto types = parse_activity_types(testkit::fixture("activity_types.json"));
  EXPECT_TRUE(types.ok()) << types.status().to_string();
  return types.ok() ? *types : std::vector<ActivityType>{};
}

std::vector<TypeKey> keys(const std::vector<ActivityType>& types) {
  std::vector<TypeKey> out;
  for (const auto& t : types) out.push_back(t.key);
  return out;
}

TEST(CopperActivityTypes, ReadsTheGroupedListWithCategoriesAndDisabledFlags) {
  auto types = account();
  ASSERT_EQ(types.size(), 10u);
  auto call_test = std::find_if(types.begin(), types.end(), [](const auto& t) { return t.key.id == 2257077; });
  ASSERT_NE(call_test, types.end());
  EXPECT_TRUE(call_test->disabled);
  EXPECT_EQ(call_test->key.category, "user");
}

TEST(CopperActivityTypes, ResolvesNamesIdsAndQualifiedIds) {
  auto r = resolve_activity_types({"Phone Call", "phone call", "2160511", "system:6", "user:0"},
                                  account(), "k");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(keys(*r), (std::vector<TypeKey>{{"user", 2160510}, {"user", 2160511},
                                            {"system", 6}, {"user", 0}}));
  EXPECT_EQ(r->front().name, "Phone Call");
}

TEST(CopperActivityTypes, AQualifiedIdTheAccountDoesNotListIsTakenAsWritten) {
  auto r = resolve_activity_types({"system:48"}, account(), "k");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(keys(*r), (std::vector<TypeKey>{{"system", 48}}));
}

TEST(CopperActivityTypes, ANameTwoTypesShareMustBeQualified) {
  auto r = resolve_activity_types({"Email"}, account(), "email_activity_types");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(r.status().message().find("system:6 Email, user:2279550 Email"), std::string::npos)
      << r.status().message();
}

TEST(CopperActivityTypes, AnUnknownTypeListsTheAccountsTypes) {
  auto r = resolve_activity_types({"2160599"}, account(), "phone_call_activity_types");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("phone_call_activity_types"), std::string::npos);
  EXPECT_NE(r.status().message().find("user:2257077 Phone Call Test (disabled)"), std::string::npos)
      << r.status().message();
}

TEST(CopperActivityTypes, ADeletedStubHasNoType) {
  EXPECT_FALSE(type_of_activity(boost::json::parse(R"({"id":1,"is_deleted":true})")).has_value());
  auto key = type_of_activity(boost::json::parse(R"({"id":1,"type":{"id":6,"category":"system"}})"));
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(*key, (TypeKey{"system", 6}));
}

}  // namespace
}  // namespace tributary::copper
