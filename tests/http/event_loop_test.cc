// Fibers and the event loop: units parked on the network or a timer cost no thread. Real
// transfers to the scripted loopback server, through the real CurlHttpClient.
#include "host/http/event_loop.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "tests/http/client_fixture.h"

namespace tributary::testing {
namespace {

using namespace std::chrono;
using Clock = steady_clock;
using host::EventLoop;
using host::Fiber;

void drain(EventLoop& loop) {
  while (loop.fibers() > 0) loop.run_once(milliseconds{100});
}

TEST(Fiber, YieldsAndResumesWhereItLeftOff) {
  std::vector<std::string> seen;
  Fiber fiber([&] {
    seen.push_back("a");
    Fiber::yield();
    seen.push_back("b");
    Fiber::yield();
    seen.push_back("c");
  });
  EXPECT_EQ(Fiber::current(), nullptr);
  fiber.resume();
  seen.push_back("1");
  fiber.resume();
  seen.push_back("2");
  EXPECT_FALSE(fiber.finished());
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "1", "b", "2", "c"}));
}

TEST(Fiber, AnExceptionInTheBodyReachesWhoeverResumedIt) {
  Fiber fiber([] {
    Fiber::yield();
    throw std::runtime_error("vendor sent garbage");
  });
  fiber.resume();
  try {
    fiber.resume();
    FAIL() << "expected the body's exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "vendor sent garbage");
  }
  EXPECT_TRUE(fiber.finished());
}

int deep(int n) {
  volatile char frame[4096];
  std::memset(const_cast<char*>(frame), n & 0xff, sizeof frame);
  return n == 0 ? frame[0] : deep(n - 1) + frame[100] - frame[200];
}

TEST(Fiber, HasAThreadSizedStack) {
  int result = -1;
  Fiber fiber([&] { result = deep(256); });  // a megabyte of frames
  fiber.resume();
  EXPECT_TRUE(fiber.finished());
  EXPECT_EQ(result, 0);
}

TEST(EventLoop, SleepingFibersWakeInTimeOrderAndWaitTogether) {
  EventLoop loop;
  std::vector<int> woke;
  const auto start = Clock::now();
  for (int ms : {300, 100, 200}) {
    loop.spawn([&woke, ms] {
      host::wait_for(milliseconds{ms});
      woke.push_back(ms);
    });
  }
  drain(loop);
  const auto took = Clock::now() - start;
  EXPECT_EQ(woke, (std::vector<int>{100, 200, 300}));
  EXPECT_GE(took, milliseconds{300});
  EXPECT_LT(took, milliseconds{550}) << "the waits overlap: 300 ms, not 600";
}

TEST(EventLoop, IsOnlyCurrentOnItsOwnFibers) {
  EventLoop loop;
  EventLoop* inside = nullptr;
  loop.spawn([&] { inside = EventLoop::current(); });
  EXPECT_EQ(EventLoop::current(), nullptr);
  drain(loop);
  EXPECT_EQ(inside, &loop);
  EXPECT_EQ(EventLoop::current(), nullptr);
}

TEST(EventLoop, WakeupFromAnotherThreadEndsAWait) {
  EventLoop loop;
  std::jthread waker([&] {
    std::this_thread::sleep_for(milliseconds{50});
    loop.wakeup();
  });
  const auto start = Clock::now();
  loop.run_once(seconds{5});
  EXPECT_LT(Clock::now() - start, seconds{2});
}

class EventLoopHttp : public HttpClientTest {};

// 24 requests, each answered after 300 ms, on one thread: all in flight at once. Blocking
// transfers would take 24 x 300 ms = 7.2 s.
TEST_F(EventLoopHttp, ManyRequestsInFlightOnOneThread) {
  server_.script({{200, {}, "ok", milliseconds{300}}});
  constexpr int kRequests = 24;
  EventLoop loop;
  std::vector<std::unique_ptr<host::CurlHttpClient>> clients;
  std::vector<long> statuses(kRequests, 0);
  std::vector<std::thread::id> threads(kRequests);
  for (int i = 0; i < kRequests; ++i) {
    clients.push_back(client());
    loop.spawn([&, i] {
      auto result = clients[i]->send(get(server_.url("/calls?n=" + std::to_string(i))));
      statuses[i] = result.ok() ? result->status : -1;
      threads[i] = std::this_thread::get_id();
    });
  }
  const auto start = Clock::now();
  drain(loop);
  const auto took = Clock::now() - start;
  for (int i = 0; i < kRequests; ++i) {
    EXPECT_EQ(statuses[i], 200) << i;
    EXPECT_EQ(threads[i], std::this_thread::get_id()) << i;
  }
  EXPECT_LT(took, milliseconds{1500});
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), static_cast<std::size_t>(kRequests));
  auto [first, last] =
      std::minmax_element(requests.begin(), requests.end(),
                          [](const auto& a, const auto& b) { return a.arrived < b.arrived; });
  EXPECT_LT(last->arrived - first->arrived, milliseconds{300}) << "every request arrived before "
                                                                  "the first was answered";
  EXPECT_EQ(stats_.requests, kRequests);
}

// Retries and the shared budget's pause park the fiber too: a 429 with Retry-After holds every
// fiber on the account, then each gets its answer.
TEST_F(EventLoopHttp, RetriesAndBudgetPausesParkTheFiber) {
  server_.script({{429, {{"Retry-After", "1"}}, "slow down"}, {200, {}, "ok"}});
  auto policy = fast_policy();
  policy.backoff_max_ms = 2000;
  auto budget = std::make_shared<host::RateBudgetLimiter>(sdk::RateBudget{0, 1});
  EventLoop loop;
  auto first = client(policy, budget);
  auto second = client(policy, budget);
  std::vector<long> statuses;
  int ticks = 0;  // a third fiber keeps running while the others wait out the second
  loop.spawn([&] {
    auto r = first->send(get(server_.url("/calls?n=1")));
    statuses.push_back(r.ok() ? r->status : -1);
  });
  loop.spawn([&] {
    host::wait_for(milliseconds{100});  // after the 429 has paused the budget
    auto r = second->send(get(server_.url("/calls?n=2")));
    statuses.push_back(r.ok() ? r->status : -1);
  });
  loop.spawn([&] {
    for (int i = 0; i < 10; ++i) {
      host::wait_for(milliseconds{50});
      ++ticks;
    }
  });
  const auto start = Clock::now();
  drain(loop);
  EXPECT_EQ(statuses, (std::vector<long>{200, 200}));
  EXPECT_EQ(ticks, 10);
  EXPECT_GE(Clock::now() - start, seconds{1});
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_GE(requests[1].arrived - requests[0].arrived, milliseconds{950});
  EXPECT_GE(requests[2].arrived - requests[0].arrived, milliseconds{950});
  EXPECT_EQ(stats_.retries, 1);
  EXPECT_EQ(stats_.throttled, 1);
}

// The budget paces fibers as it paces threads: 10 requests at 20/s are 50 ms apart.
TEST_F(EventLoopHttp, TheRateBudgetSpacesFibersEvenly) {
  auto budget = std::make_shared<host::RateBudgetLimiter>(sdk::RateBudget{20, 1});
  EventLoop loop;
  std::vector<std::unique_ptr<host::CurlHttpClient>> clients;
  for (int i = 0; i < 10; ++i) {
    clients.push_back(client(fast_policy(), budget));
    loop.spawn([&, i] { (void)clients[i]->send(get(server_.url("/calls"))); });
  }
  drain(loop);
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 10u);
  std::sort(requests.begin(), requests.end(),
            [](const auto& a, const auto& b) { return a.arrived < b.arrived; });
  const auto span = requests.back().arrived - requests.front().arrived;
  EXPECT_GE(span, milliseconds{440});
  EXPECT_LT(span, milliseconds{1200});
}

TEST_F(EventLoopHttp, AFailedConnectionIsReportedOnTheFiber) {
  EventLoop loop;
  auto c = client();
  std::string error;
  loop.spawn([&] {
    auto r = c->send(get("http://127.0.0.1:" + std::to_string(closed_port()) + "/calls"));
    error = r.ok() ? "no error" : r.status().to_string();
  });
  drain(loop);
  EXPECT_NE(error.find("failed after 3 attempts"), std::string::npos) << error;
  EXPECT_EQ(stats_.network_errors, 3);
}

}  // namespace
}  // namespace tributary::testing
