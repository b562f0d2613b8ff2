#include "host/http/rate_budget.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace tributary::host {
namespace {

using namespace std::chrono;
using Clock = steady_clock;

// Sleeping never ends early on the steady clock, so pacing floors are exact; the tolerance only
// absorbs the duration_cast rounding of the interval.
constexpr auto kTolerance = milliseconds{2};

TEST(RateBudgetLimiter, PacesRequestsAtTheBudgetRate) {
  RateBudgetLimiter limiter(sdk::RateBudget{10, 1});  // one every 100 ms
  const auto start = Clock::now();
  std::vector<Clock::time_point> sent;
  for (int i = 0; i < 6; ++i) {
    limiter.acquire();
    sent.push_back(Clock::now());
  }
  EXPECT_LT(sent.front() - start, milliseconds{50}) << "the first request should not wait";
  EXPECT_GE(sent.back() - start, milliseconds{500} - kTolerance);
  for (std::size_t i = 1; i < sent.size(); ++i) {
    EXPECT_GE(sent[i] - sent[i - 1], milliseconds{100} - kTolerance) << "gap " << i;
  }
  EXPECT_LT(sent.back() - start, milliseconds{2000}) << "the limiter waited far too long";
}

TEST(RateBudgetLimiter, AcquireReportsHowLongItWaited) {
  RateBudgetLimiter limiter(sdk::RateBudget{5, 1});  // one every 200 ms
  EXPECT_LT(limiter.acquire(), milliseconds{50});
  EXPECT_GE(limiter.acquire(), milliseconds{190});
}

TEST(RateBudgetLimiter, ConcurrentThreadsShareOneBudget) {
  auto limiter = std::make_shared<RateBudgetLimiter>(sdk::RateBudget{20, 1});  // every 50 ms
  std::mutex mu;
  std::vector<Clock::time_point> sent;
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 4; ++i) {
        limiter->acquire();
        std::lock_guard lock(mu);
        sent.push_back(Clock::now());
      }
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_EQ(sent.size(), 12u);
  std::sort(sent.begin(), sent.end());
  // 12 requests at 20/s: the last goes no sooner than 11 intervals after the first.
  EXPECT_GE(sent.back() - start, milliseconds{550} - kTolerance);
  EXPECT_LT(sent.back() - start, milliseconds{3000});
}

TEST(RateBudgetLimiter, BurstLetsRequestsGoBackToBack) {
  RateBudgetLimiter limiter(sdk::RateBudget{10, 1}, 3);
  const auto start = Clock::now();
  for (int i = 0; i < 3; ++i) limiter.acquire();
  EXPECT_LT(Clock::now() - start, milliseconds{50});
  limiter.acquire();  // the burst is spent: the fourth waits one interval from the start
  EXPECT_GE(Clock::now() - start, milliseconds{100} - kTolerance);
}

TEST(RateBudgetLimiter, ZeroRequestsNeverWaits) {
  RateBudgetLimiter limiter(sdk::RateBudget{0, 1});
  const auto start = Clock::now();
  for (int i = 0; i < 1000; ++i) limiter.acquire();
  EXPECT_LT(Clock::now() - start, milliseconds{100});
}

TEST(RateBudgetLimiter, PauseBlocksEveryThread) {
  auto limiter = std::make_shared<RateBudgetLimiter>(sdk::RateBudget{0, 1});
  const auto until = Clock::now() + milliseconds{300};
  limiter->pause_until(until);
  std::vector<Clock::time_point> released(3);
  std::vector<std::thread> threads;
  for (auto& r : released) {
    threads.emplace_back([&limiter, &r] {
      limiter->acquire();
      r = Clock::now();
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : released) EXPECT_GE(r, until);
}

TEST(RateBudgetLimiter, PauseReachesAThreadAlreadyWaitingForItsTurn) {
  auto limiter = std::make_shared<RateBudgetLimiter>(sdk::RateBudget{2, 1});  // every 500 ms
  limiter->acquire();
  const auto until = Clock::now() + milliseconds{800};
  Clock::time_point released;
  std::thread waiter([&] {
    limiter->acquire();  // due ~500 ms from now, whether or not the pause is already set
    released = Clock::now();
  });
  limiter->pause_until(until);
  waiter.join();
  EXPECT_GE(released, until);
}

TEST(RateBudgetLimiter, AnEarlierPauseDoesNotShortenALaterOne) {
  RateBudgetLimiter limiter(sdk::RateBudget{0, 1});
  const auto until = Clock::now() + milliseconds{200};
  limiter.pause_until(until);
  limiter.pause_until(Clock::now() + milliseconds{10});
  limiter.acquire();
  EXPECT_GE(Clock::now(), until);
}

TEST(RateBudgetRegistry, SameKeySharesOneLimiter) {
  RateBudgetRegistry registry;
  auto a = registry.get("justcall", "acct-hash-1", sdk::RateBudget{30, 60});
  auto b = registry.get("justcall", "acct-hash-1", sdk::RateBudget{30, 60});
  EXPECT_EQ(a.get(), b.get());
  EXPECT_NE(a.get(), registry.get("justcall", "acct-hash-2", sdk::RateBudget{30, 60}).get());
  EXPECT_NE(a.get(), registry.get("copper", "acct-hash-1", sdk::RateBudget{30, 60}).get());
}

TEST(RateBudgetRegistry, KeyPartsDoNotRunTogether) {
  RateBudgetRegistry registry;
  auto a = registry.get("ab", "c", sdk::RateBudget{1, 1});
  auto b = registry.get("a", "bc", sdk::RateBudget{1, 1});
  EXPECT_NE(a.get(), b.get());
}

TEST(RateBudgetRegistry, FirstBudgetForAKeyWins) {
  RateBudgetRegistry registry;
  auto a = registry.get("hubspot", "acct", sdk::RateBudget{100, 10});
  auto b = registry.get("hubspot", "acct", sdk::RateBudget{5, 1});
  EXPECT_EQ(a.get(), b.get());
  EXPECT_EQ(b->budget().requests, 100);
  EXPECT_EQ(b->budget().per_seconds, 10);
}

TEST(RateBudgetRegistry, ANewGenerationRetunesTheLimiterItKeeps) {
  RateBudgetRegistry registry;
  auto before = registry.get("hubspot", "acct", sdk::RateBudget{100, 10});
  registry.begin_generation();  // a reloaded config
  auto after = registry.get("hubspot", "acct", sdk::RateBudget{5, 1});
  EXPECT_EQ(before.get(), after.get()) << "the pace already earned carries over";
  EXPECT_EQ(after->budget().requests, 5);
  EXPECT_EQ(after->budget().per_seconds, 1);
  // Within the new generation, the first budget wins again.
  EXPECT_EQ(registry.get("hubspot", "acct", sdk::RateBudget{50, 1})->budget().requests, 5);
}

TEST(RateBudgetLimiter, ALooserBudgetDoesNotLeaveCallersWaitingOutTheOldInterval) {
  RateBudgetLimiter limiter(sdk::RateBudget{1, 3600});  // one an hour: the next at +1 h
  limiter.acquire();
  limiter.set_budget(sdk::RateBudget{10, 1});  // one every 100 ms
  EXPECT_LT(limiter.acquire(), std::chrono::milliseconds{500});
  EXPECT_EQ(limiter.budget().requests, 10);
}

TEST(RateBudgetLimiter, ATighterBudgetSpacesTheNextRequestsFurther) {
  RateBudgetLimiter limiter(sdk::RateBudget{1000, 1});
  limiter.acquire();
  limiter.set_budget(sdk::RateBudget{5, 1});  // one every 200 ms
  limiter.acquire();
  EXPECT_GE(limiter.acquire(), std::chrono::milliseconds{150});
}

}  // namespace
}  // namespace tributary::host
