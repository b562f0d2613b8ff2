#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/copper/user_directory.h"
#include "tests/copper/copper_fixtures.h"

namespace tributary::copper {
namespace {

UserDirectory fixture_directory() {
  UserDirectory d;
  EXPECT_TRUE(add_users_page(testkit::fixture("users_page1.json"), d).ok());
  return d;
}

TEST(CopperUsers, MatchesEmailsWithoutRegardToCase) {
  auto d = fixture_directory();
  auto r = resolve_users({{"rep2", "Rep2@EXAMPLE.com", "", {}}}, &d);
  ASSERT_EQ(r.resolved.size(), 1u);
  EXPECT_EQ(r.resolved[0].copper_id, 1002);
  EXPECT_EQ(r.resolved[0].via, "directory");
}

TEST(CopperUsers, AnOverrideWinsOverTheDirectory) {
  auto d = fixture_directory();
  auto r = resolve_users({{"rep1", "rep1@example.com", "", {{"user_id", "1003"}}}}, &d);
  ASSERT_EQ(r.resolved.size(), 1u);
  EXPECT_EQ(r.resolved[0].copper_id, 1003);
  EXPECT_EQ(r.resolved[0].copper_email, "rep3@example.com");
  EXPECT_EQ(r.resolved[0].via, "override");
}

TEST(CopperUsers, ARepWithoutAccountIsNotFoundAndABadOverrideIsAConfigNote) {
  auto d = fixture_directory();
  auto r = resolve_users({{"newhire", "newhire@example.com", "", {}},
                          {"typo", "rep1@example.com", "", {{"user_id", "rep1"}}}},
                         &d);
  EXPECT_TRUE(r.resolved.empty());
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0].status.kind(), sdk::FailureKind::kNotFound);
  EXPECT_EQ(r.notes[1].status.kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(r.notes[1].status.message().find("identities.copper.user_id"), std::string::npos);
}

TEST(CopperUsers, TwoUsersOnOneCopperIdAreNeitherSynced) {
  auto d = fixture_directory();
  auto r = resolve_users({{"rep1", "rep1@example.com", "", {}},
                          {"rep1b", "x@example.com", "", {{"user_id", "1001"}}}},
                         &d);
  EXPECT_TRUE(r.resolved.empty());
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0].status.kind(), sdk::FailureKind::kConfig);
}

TEST(CopperUsers, TheDirectoryAndTheResolutionSurviveTheirRoundTrips) {
  auto d = fixture_directory();
  auto back = directory_from_text(directory_to_text(d));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, d);
  auto users = testkit::fixture_users();
  auto r = resolve_users(users, &d);
  auto again = resolution_from_context(users, resolution_to_context(r));
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->resolved.size(), r.resolved.size());
  EXPECT_EQ(again->resolved[2].copper_id, 1003);
  ASSERT_EQ(again->notes.size(), 1u);
  EXPECT_EQ(again->notes[0].status.kind(), sdk::FailureKind::kNotFound);
  EXPECT_EQ(again->notes[0].status.message(), r.notes[0].status.message());
}

TEST(CopperUsers, TheLowerIdWinsWhenTwoCopperUsersShareAnEmail) {
  UserDirectory d;
  ASSERT_TRUE(add_users_page(R"([{"id":9,"email":"a@x.com"},{"id":4,"email":"A@x.com"}])", d).ok());
  EXPECT_EQ(d.at("a@x.com"), 4);
}

}  // namespace
}  // namespace tributary::copper
