#include "host/schedule/jitter.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace tributary::host {
namespace {

TEST(Fnv1a64, MatchesPublishedTestVectors) {
  // From the FNV reference test suite (isthe.com/chongo/tech/comp/fnv).
  EXPECT_EQ(fnv1a_64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a_64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(fnv1a_64("foobar"), 0x85944171f73967e8ULL);
}

TEST(Jitter, IsTheNameHashModuloMaxPlusOne) {
  EXPECT_EQ(jitter_for("a", 100), std::chrono::seconds{0xaf63dc4c8601ec8cULL % 101});
  EXPECT_EQ(jitter_for("foobar", 59), std::chrono::seconds{0x85944171f73967e8ULL % 60});
}

TEST(Jitter, ZeroOrNegativeMaxMeansNoDelay) {
  EXPECT_EQ(jitter_for("copper-hourly", 0), std::chrono::seconds{0});
  EXPECT_EQ(jitter_for("copper-hourly", -5), std::chrono::seconds{0});
}

TEST(Jitter, StaysInRangeAndSpreadsNames) {
  std::set<long long> seen;
  for (int i = 0; i < 200; ++i) {
    const auto name = "pipeline-" + std::to_string(i);
    const auto delay = jitter_for(name, 59);
    EXPECT_GE(delay.count(), 0);
    EXPECT_LE(delay.count(), 59);
    EXPECT_EQ(delay, jitter_for(name, 59));
    seen.insert(delay.count());
  }
  // 200 names over 60 slots: a working hash fills most of them.
  EXPECT_GT(seen.size(), 40U);
}

}  // namespace
}  // namespace tributary::host
