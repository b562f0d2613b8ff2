#include "plugins/hubspot/instant.h"

#include <gtest/gtest.h>

namespace tributary::hubspot {
namespace {

TEST(HubSpotInstant, ReadsIsoWithMillisecondsAndEpochMilliseconds) {
  // 2024-06-03T17:04:11Z is 1717434251 (1717372800 is that day's midnight, + 61451 s).
  EXPECT_EQ(parse_instant_ms("2024-06-03T17:04:11.123Z"), 1717434251123);
  EXPECT_EQ(parse_instant_ms("2024-06-03T17:04:11Z"), 1717434251000);
  EXPECT_EQ(parse_instant_ms("2024-06-03T17:04:11.5Z"), 1717434251500);
  EXPECT_EQ(parse_instant_ms("2024-06-03T17:04:11.123456Z"), 1717434251123);
  EXPECT_EQ(parse_instant_ms("1717434251123"), 1717434251123);
  EXPECT_FALSE(parse_instant_ms(""));
  EXPECT_FALSE(parse_instant_ms("yesterday"));
}

TEST(HubSpotInstant, FormatsAtFixedWidth) {
  EXPECT_EQ(format_instant_ms(1717434251123), "2024-06-03T17:04:11.123Z");
  EXPECT_EQ(format_instant_ms(1717434251005), "2024-06-03T17:04:11.005Z");
  EXPECT_EQ(iso_seconds("2024-06-03T17:04:11.999Z"), "2024-06-03T17:04:11Z");
  EXPECT_EQ(iso_seconds(""), "");
}

}  // namespace
}  // namespace tributary::hubspot
