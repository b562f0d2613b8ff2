#include "plugins/justcall/agent_directory.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "tests/justcall/test_support.h"

namespace tributary::justcall {
namespace {

AgentDirectory fixture_directory() {
  AgentDirectory d;
  for (const auto* name : {"users-page-0.json", "users-page-1.json"}) {
    add_users(d, boost::json::parse(testing::fixture(name)).at("data").as_array());
  }
  return d;
}

TEST(JustCallAgentDirectory, MatchesEmailsIgnoringCaseAndSpaces) {
  auto d = fixture_directory();
  EXPECT_EQ(d.users_checked, 3);
  ASSERT_EQ(d.agents.size(), 3u);
  const auto* derek = d.find_by_email("  derek.rep@EXAMPLE.com ");
  ASSERT_NE(derek, nullptr);
  EXPECT_EQ(derek->id, "4242");
  EXPECT_EQ(derek->timezone, "America/Los_Angeles");
  EXPECT_EQ(d.find_by_email("nobody@example.com"), nullptr);
  EXPECT_EQ(d.find_by_email(""), nullptr);  // the user without an email matches nothing
}

TEST(JustCallAgentDirectory, FindsUsersWithoutEmailById) {
  auto d = fixture_directory();
  const auto* shared = d.find_by_id("4243");
  ASSERT_NE(shared, nullptr);
  EXPECT_EQ(shared->email, "");
  EXPECT_EQ(shared->timezone, "America/Denver");
  EXPECT_EQ(d.find_by_id("1"), nullptr);
}

TEST(JustCallAgentDirectory, RowsWithoutIdAreCountedButNotKept) {
  AgentDirectory d;
  add_users(
      d,
      boost::json::parse(R"([{"email":"x@example.com"},{"id":"7","email":"Y@x.io"}])").as_array());
  EXPECT_EQ(d.users_checked, 2);
  ASSERT_EQ(d.agents.size(), 1u);
  EXPECT_EQ(d.agents[0].email, "y@x.io");
}

TEST(JustCallAgentDirectory, SurvivesTheCacheRoundTrip) {
  auto d = fixture_directory();
  d.fetched_at = 1717660800;
  auto back = from_cache_text(to_cache_text(d));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->users_checked, 3);
  EXPECT_EQ(back->fetched_at, 1717660800);
  ASSERT_EQ(back->agents.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(back->agents[i].id, d.agents[i].id);
    EXPECT_EQ(back->agents[i].email, d.agents[i].email);
    EXPECT_EQ(back->agents[i].timezone, d.agents[i].timezone);
  }
}

TEST(JustCallAgentDirectory, ForeignCacheTextIsAMiss) {
  EXPECT_FALSE(from_cache_text("not json").has_value());
  EXPECT_FALSE(from_cache_text(R"({"format":99,"agents":[]})").has_value());
  EXPECT_FALSE(from_cache_text(R"({"format":1,"agents":[{"email":"a@b"}]})").has_value());
}

}  // namespace
}  // namespace tributary::justcall
