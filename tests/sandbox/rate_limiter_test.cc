#include "tests/sandbox/rate_limiter.h"

#include <gtest/gtest.h>

namespace tributary::sandbox {
namespace {

using std::chrono::seconds;

const RateLimiter::TimePoint kStart = RateLimiter::TimePoint{seconds(1'700'000'000)};

TEST(RateLimiter, RefusesOnceBudgetIsSpentWithoutSpendingMore) {
  RateLimiter limiter({{"hourly", 3, seconds(3600)}});
  for (int i = 0; i < 3; ++i) {
    auto status = limiter.admit(kStart + seconds(i));
    ASSERT_TRUE(status.allowed) << "request " << i;
    EXPECT_EQ(status.windows[0].remaining, 2 - i);
  }
  auto refused = limiter.admit(kStart + seconds(10));
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.windows[0].remaining, 0);
  EXPECT_EQ(refused.windows[0].limit, 3);
  EXPECT_EQ(refused.windows[0].reset_epoch_s, 1'700'000'000 + 3600) << "the window opened at the first request";
}

TEST(RateLimiter, WindowRefillsAtItsReset) {
  RateLimiter limiter({{"hourly", 1, seconds(60)}});
  ASSERT_TRUE(limiter.admit(kStart).allowed);
  EXPECT_FALSE(limiter.admit(kStart + seconds(59)).allowed);
  auto after = limiter.admit(kStart + seconds(60));
  EXPECT_TRUE(after.allowed);
  EXPECT_EQ(after.windows[0].reset_epoch_s, 1'700'000'000 + 120);
}

TEST(RateLimiter, BurstWindowRefusesBeforeHourlyIsSpent) {
  RateLimiter limiter({{"hourly", 100, seconds(3600)}, {"burst", 2, seconds(60)}});
  ASSERT_TRUE(limiter.admit(kStart).allowed);
  ASSERT_TRUE(limiter.admit(kStart).allowed);
  auto refused = limiter.admit(kStart + seconds(1));
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.windows[0].remaining, 98) << "a refused request spends no budget";
  EXPECT_EQ(refused.windows[1].remaining, 0);
  EXPECT_TRUE(limiter.admit(kStart + seconds(60)).allowed);
}

TEST(RateLimiter, NoWindowsMeansUnlimited) {
  RateLimiter limiter({});
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.admit(kStart).allowed);
}

TEST(RateLimiter, ResetRestoresFullBudget) {
  RateLimiter limiter({{"hourly", 1, seconds(3600)}});
  ASSERT_TRUE(limiter.admit(kStart).allowed);
  limiter.reset();
  EXPECT_TRUE(limiter.admit(kStart + seconds(1)).allowed);
}

}  // namespace
}  // namespace tributary::sandbox
