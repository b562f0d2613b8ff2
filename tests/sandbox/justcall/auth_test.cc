#include "tests/sandbox/justcall/auth.h"

#include <gtest/gtest.h>

namespace tributary::sandbox::justcall {
namespace {

TEST(JustCallAuth, DecodesBase64) {
  // Vectors from RFC 4648 section 10, and python3 base64 for the credentials.
  EXPECT_EQ(decode_base64("Zm9vYmFy"), "foobar");
  EXPECT_EQ(decode_base64("Zm9vYg=="), "foob");
  EXPECT_EQ(decode_base64("Zm9vYmE="), "fooba");
  EXPECT_EQ(decode_base64("ZGVtby1rZXk6ZGVtby1zZWNyZXQ="), "demo-key:demo-secret");
  EXPECT_FALSE(decode_base64("Zm9v!mFy"));
  EXPECT_FALSE(decode_base64("Z"));
}

TEST(JustCallAuth, AcceptsRawAndBasicForms) {
  Settings settings;
  EXPECT_TRUE(is_authorized("demo-key:demo-secret", settings));
  EXPECT_TRUE(is_authorized("Basic ZGVtby1rZXk6ZGVtby1zZWNyZXQ=", settings));
  EXPECT_TRUE(is_authorized("basic ZGVtby1rZXk6ZGVtby1zZWNyZXQ=", settings));
}

TEST(JustCallAuth, RejectsEverythingElse) {
  Settings settings;
  EXPECT_FALSE(is_authorized("", settings));
  EXPECT_FALSE(is_authorized("demo-key:wrong", settings));
  EXPECT_FALSE(is_authorized("demo-key", settings));
  EXPECT_FALSE(is_authorized("Bearer demo-key:demo-secret", settings));
  EXPECT_FALSE(is_authorized("Basic ZGVtby1rZXk6d3Jvbmc=", settings));  // demo-key:wrong
  EXPECT_FALSE(is_authorized("Basic demo-key:demo-secret", settings));
}

}  // namespace
}  // namespace tributary::sandbox::justcall
