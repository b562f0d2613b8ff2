#include "host/http/backoff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tributary::host {
namespace {

using std::chrono::milliseconds;

TEST(Backoff, DelaysStayWithinTheDoublingCeiling) {
  Backoff backoff(milliseconds{10}, milliseconds{1000});
  for (int retry = 0; retry < 12; ++retry) {
    const long long ceiling = std::min(10LL << retry, 1000LL);
    for (int i = 0; i < 200; ++i) {
      auto d = backoff.delay(retry).count();
      ASSERT_GE(d, 0) << "retry " << retry;
      ASSERT_LE(d, ceiling) << "retry " << retry;
    }
  }
}

TEST(Backoff, LaterRetriesReachLongerDelays) {
  // Full jitter: 200 draws from [0, 80] all landing in [0, 40] has probability 2^-200.
  Backoff backoff(milliseconds{10}, milliseconds{1000});
  milliseconds::rep longest = 0;
  for (int i = 0; i < 200; ++i) longest = std::max(longest, backoff.delay(3).count());
  EXPECT_GT(longest, 40);
}

TEST(Backoff, DelaysAreJittered) {
  Backoff backoff(milliseconds{100}, milliseconds{1000});
  auto first = backoff.delay(2);
  bool varied = false;
  for (int i = 0; i < 50 && !varied; ++i) varied = backoff.delay(2) != first;
  EXPECT_TRUE(varied);
}

TEST(Backoff, HugeRetryNumbersStayAtTheCap) {
  Backoff backoff(milliseconds{500}, milliseconds{30000});
  for (int i = 0; i < 100; ++i) ASSERT_LE(backoff.delay(1000).count(), 30000);
}

}  // namespace
}  // namespace tributary::host
