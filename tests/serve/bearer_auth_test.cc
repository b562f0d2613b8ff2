#include "host/server/bearer_auth.h"

#include <gtest/gtest.h>

using namespace tributary::host;

TEST(BearerAuth, ConstantTimeEqualsIsEquality) {
  EXPECT_TRUE(constant_time_equals("", ""));
  EXPECT_TRUE(constant_time_equals("s3cret", "s3cret"));
  EXPECT_FALSE(constant_time_equals("s3cret", "s3creT"));
  EXPECT_FALSE(constant_time_equals("s3cret", "s3cret2"));
  EXPECT_FALSE(constant_time_equals("s3cret2", "s3cret"));
  EXPECT_FALSE(constant_time_equals("", "x"));
  EXPECT_FALSE(constant_time_equals(std::string_view("a\0b", 3), std::string_view("a\0c", 3)));
  EXPECT_FALSE(constant_time_equals(std::string_view("ab\0", 3), "ab")) << "a NUL is not padding";
}

TEST(BearerAuth, ReadsTheBearerScheme) {
  EXPECT_EQ(bearer_token("Bearer abc"), "abc");
  EXPECT_EQ(bearer_token("bearer   abc  "), "abc");
  EXPECT_EQ(bearer_token("BEARER\tabc"), "abc");
  EXPECT_FALSE(bearer_token("Basic abc"));
  EXPECT_FALSE(bearer_token("Bearer"));
  EXPECT_FALSE(bearer_token("Bearer    "));
  EXPECT_FALSE(bearer_token("Bearerabc"));
  EXPECT_FALSE(bearer_token(""));
}

TEST(BearerAuth, EmptySecretMatchesNothing) {
  EXPECT_TRUE(bearer_matches("Bearer s3cret", "s3cret"));
  EXPECT_FALSE(bearer_matches("Bearer s3cret", ""));
  EXPECT_FALSE(bearer_matches("Bearer ", ""));
  EXPECT_FALSE(bearer_matches("s3cret", "s3cret")) << "the scheme is required";
}
