#include "host/plugin/handshake.h"

#include <gtest/gtest.h>

using tributary::host::check_handshake;
using tributary::host::host_plugin_info;

TEST(Handshake, AcceptsTheHostsOwnRecord) { EXPECT_FALSE(check_handshake(host_plugin_info())); }

TEST(Handshake, NamesAbiMajorMismatch) {
  auto info = host_plugin_info();
  info.abi_major = 2;
  auto why = check_handshake(info);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("abi_major: expected 1, plugin has 2"), std::string::npos) << *why;
}

TEST(Handshake, AcceptsOlderMinorRefusesNewer) {
  auto info = host_plugin_info();
  info.abi_minor = TRIBUTARY_ABI_MINOR + 1;
  auto why = check_handshake(info);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("abi_minor"), std::string::npos);
}

TEST(Handshake, NamesToolchainFields) {
  auto info = host_plugin_info();
  info.stdlib = "libc++ 15";
  auto why = check_handshake(info);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("stdlib: expected 'libstdc++"), std::string::npos) << *why;
  EXPECT_NE(why->find("plugin has 'libc++ 15'"), std::string::npos) << *why;

  info = host_plugin_info();
  info.compiler = "clang 99";
  why = check_handshake(info);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("compiler:"), std::string::npos) << *why;
}

TEST(Handshake, RefusesTruncatedRecord) {
  auto info = host_plugin_info();
  info.struct_size = 8;
  auto why = check_handshake(info);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("struct_size"), std::string::npos);
}
