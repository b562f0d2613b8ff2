#include "host/conformance/glob.h"

#include <gtest/gtest.h>

namespace tributary::host::conformance {
namespace {

TEST(Glob, LiteralTextMatchesOnlyItself) {
  EXPECT_TRUE(glob_match("/v2.1/users", "/v2.1/users"));
  EXPECT_FALSE(glob_match("/v2.1/users", "/v2.1/user"));
  EXPECT_FALSE(glob_match("/v2.1/users", "/v2.1/users/"));
  EXPECT_TRUE(glob_match("", ""));
  EXPECT_FALSE(glob_match("", "x"));
}

TEST(Glob, StarMatchesAnyRunIncludingNone) {
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("*", "anything at all"));
  EXPECT_TRUE(glob_match("21*", "2124-06-05T10:00:00Z"));
  EXPECT_FALSE(glob_match("21*", "2024-06-05T10:00:00Z"));
  EXPECT_TRUE(glob_match("*:wrong-secret", "conformance-key:wrong-secret"));
  EXPECT_TRUE(glob_match("/api/*/items", "/api/v1/items"));
  EXPECT_TRUE(glob_match("a*b*c", "a-b-b-c"));
  EXPECT_FALSE(glob_match("a*b*c", "a-b-b-d"));
  EXPECT_TRUE(glob_match("**", "x"));
}

TEST(Glob, QuestionMarkMatchesExactlyOneCharacter) {
  EXPECT_TRUE(glob_match("page=?", "page=1"));
  EXPECT_FALSE(glob_match("page=?", "page=12"));
  EXPECT_FALSE(glob_match("page=?", "page="));
}

}  // namespace
}  // namespace tributary::host::conformance
