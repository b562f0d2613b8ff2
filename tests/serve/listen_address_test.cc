#include "host/server/listen_address.h"

#include <gtest/gtest.h>

using namespace tributary::host;

namespace {
ListenAddress ok(const char* text) {
  auto r = parse_listen_address(text);
  if (auto* e = std::get_if<ListenAddressError>(&r)) ADD_FAILURE() << text << ": " << e->message;
  return std::get_if<ListenAddress>(&r) ? std::get<ListenAddress>(r) : ListenAddress{};
}
std::string error(const char* text) {
  auto r = parse_listen_address(text);
  return std::holds_alternative<ListenAddressError>(r) ? std::get<ListenAddressError>(r).message : "";
}
}  // namespace

TEST(ListenAddress, ReadsHostAndPort) {
  auto a = ok("127.0.0.1:8080");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 8080);
  EXPECT_TRUE(a.loopback);
  EXPECT_EQ(ok("[::1]:0").host, "::1");
  EXPECT_TRUE(ok("[::1]:0").loopback);
  EXPECT_EQ(ok("localhost:9").host, "127.0.0.1");
  EXPECT_EQ(ok(":9").host, "127.0.0.1") << "no host means loopback, never every interface";
  EXPECT_FALSE(ok("0.0.0.0:80").loopback);
}

TEST(ListenAddress, SaysWhatIsWrong) {
  EXPECT_NE(error("8080").find("has no port"), std::string::npos);
  EXPECT_NE(error("127.0.0.1:http").find("port 'http'"), std::string::npos);
  EXPECT_NE(error("127.0.0.1:70000").find("0 to 65535"), std::string::npos);
  EXPECT_NE(error("example.com:80").find("not a numeric IP address"), std::string::npos);
}
