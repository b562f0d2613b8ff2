#include "host/runner/unit_pool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "host/core/system_clock.h"
#include "host/http/event_loop.h"
#include "host/runner/progress.h"

namespace tributary::host {
namespace {

using namespace std::chrono;

struct Fixture {
  sdk::Declaration per_user;
  sdk::Declaration per_account;
  FixedClock clock{system_clock::time_point{seconds{1'700'000'000}}};

  Fixture() { per_account.scope = sdk::FetchScope::kPerAccount; }

  UnitSpec unit(const std::string& connector, const std::string& user) {
    UnitSpec s;
    s.pipeline = "p";
    s.connector_name = connector;
    s.plugin_name = connector;
    s.declaration = &per_user;
    s.users = {{user, user + "@example.com", user, {}}};
    return s;
  }
  UnitSpec account_unit(const std::string& connector) {
    UnitSpec s = unit(connector, "a");
    s.declaration = &per_account;
    s.users.push_back({"b", "b@example.com", "b", {}});
    return s;
  }
};

UnitResult ok_result(const UnitSpec& spec) {
  UnitResult r;
  r.connector_name = spec.connector_name;
  for (const auto& u : spec.users) r.user_ids.push_back(u.id);
  return r;
}

std::string key(const UnitSpec& s) { return s.connector_name + ":" + s.users.front().id; }

// The units' keys in the order they reached it, from any thread.
class KeyLog {
 public:
  void add(const UnitSpec& s) {
    std::lock_guard lock(mu_);
    keys_.push_back(key(s));
  }
  std::vector<std::string> keys() {
    std::lock_guard lock(mu_);
    return keys_;
  }

 private:
  std::mutex mu_;
  std::vector<std::string> keys_;
};

TEST(UnitPool, PerAccountUnitsStartFirstThenConnectorsTakeTurns) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("jc", "u1"), f.unit("jc", "u2"), f.unit("jc", "u3"),
                                 f.unit("hs", "u1"), f.unit("hs", "u2"), f.account_unit("cu")};
  // Worked out by hand: cu (per account) first, then jc and hs alternate until hs runs out.
  std::vector<std::size_t> expected = {5, 0, 3, 1, 4, 2};
  EXPECT_EQ(unit_start_order(specs), expected);
}

TEST(UnitPool, ResultsComeBackInSpecOrderWhateverTheStartOrder) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("jc", "u1"), f.account_unit("cu"), f.unit("jc", "u2")};
  auto results = run_unit_pool(specs, 2, ok_result, f.clock, nullptr);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].user_ids, std::vector<std::string>{"u1"});
  EXPECT_EQ(results[1].connector_name, "cu");
  EXPECT_EQ(results[2].user_ids, std::vector<std::string>{"u2"});
}

TEST(UnitPool, QuotaExhaustedDefersTheConnectorsUnitsNotYetStarted) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("sf", "u1"), f.unit("sf", "u2"), f.unit("sf", "u3"),
                                 f.unit("jc", "u1"), f.unit("jc", "u2")};
  KeyLog ran;
  auto run = [&](const UnitSpec& s) {
    ran.add(s);
    auto r = ok_result(s);
    if (key(s) == "sf:u1") r.status = sdk::Status::quota_exhausted("REQUEST_LIMIT_EXCEEDED", hours{2});
    return r;
  };
  // One thread: the start order is sf:u1, jc:u1, sf:u2, jc:u2, sf:u3.
  auto results = run_unit_pool(specs, 1, run, f.clock, nullptr);
  EXPECT_EQ(ran.keys(), (std::vector<std::string>{"sf:u1", "jc:u1", "jc:u2"}));
  const std::int64_t resume = 1'700'000'000 + 7200;
  for (int i : {0, 1, 2}) {
    EXPECT_TRUE(results[i].deferred) << i;
    EXPECT_EQ(results[i].resume_at, resume) << i;
    EXPECT_EQ(results[i].status.kind(), sdk::FailureKind::kQuotaExhausted) << i;
  }
  EXPECT_NE(results[1].status.message().find("not started"), std::string::npos);
  EXPECT_EQ(results[1].status.retry_after(), hours{2});
  for (int i : {3, 4}) {
    EXPECT_FALSE(results[i].deferred) << i;
    EXPECT_TRUE(results[i].status.ok()) << i;
  }
}

TEST(UnitPool, AnExceptionFailsOnlyItsUnit) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("jc", "u1"), f.unit("jc", "u2"), f.unit("jc", "u3")};
  auto run = [](const UnitSpec& s) {
    if (s.users.front().id == "u2") throw std::runtime_error("disk on fire");
    return ok_result(s);
  };
  auto results = run_unit_pool(specs, 2, run, f.clock, nullptr);
  EXPECT_TRUE(results[0].status.ok());
  EXPECT_EQ(results[1].status.kind(), sdk::FailureKind::kInternal);
  EXPECT_NE(results[1].status.message().find("disk on fire"), std::string::npos);
  EXPECT_EQ(results[1].user_ids, std::vector<std::string>{"u2"});
  EXPECT_FALSE(results[1].deferred);
  EXPECT_TRUE(results[2].status.ok());
}

TEST(UnitPool, NeverRunsMoreUnitsAtOnceThanTheBound) {
  Fixture f;
  std::vector<UnitSpec> specs;
  // Per-account units, so no connector's first unit holds its siblings back.
  for (int i = 0; i < 12; ++i) specs.push_back(f.account_unit("c" + std::to_string(i)));
  constexpr int kBound = 3;
  std::mutex mu;
  int in_flight = 0, started = 0, most = 0;
  auto run = [&](const UnitSpec& s) {
    {
      std::lock_guard lock(mu);
      ++started;
      most = std::max(most, ++in_flight);
    }
    // Units wait the way a unit waits on the network: parked through the host, never holding the
    // lock. The first kBound hold on until all of them are in flight, so the bound is reached.
    const auto give_up = steady_clock::now() + seconds{5};
    while (steady_clock::now() < give_up) {
      {
        std::lock_guard lock(mu);
        if (started >= kBound) break;
      }
      wait_for(milliseconds{1});
    }
    wait_for(milliseconds{10});
    std::lock_guard lock(mu);
    --in_flight;
    return ok_result(s);
  };
  auto results = run_unit_pool(specs, kBound, run, f.clock, nullptr);
  EXPECT_EQ(most, kBound);
  EXPECT_EQ(started, 12);
}

// The point of the event loops: 48 units each waiting 300 ms (as on a slow response) all wait at
// once on at most one thread per core. A thread per unit in flight would need 48 threads; a
// pool of one thread per core without fibers would take 48 x 300 ms / cores (7.2 s on 2 cores).
TEST(UnitPool, UnitsWaitingHoldNoThreadEach) {
  Fixture f;
  std::vector<UnitSpec> specs;
  for (int i = 0; i < 48; ++i) specs.push_back(f.account_unit("c" + std::to_string(i)));
  std::mutex mu;
  std::set<std::thread::id> threads;
  auto run = [&](const UnitSpec& s) {
    {
      std::lock_guard lock(mu);
      threads.insert(std::this_thread::get_id());
    }
    wait_for(milliseconds{300});
    return ok_result(s);
  };
  const auto started = steady_clock::now();
  auto results = run_unit_pool(specs, 48, run, f.clock, nullptr);
  const auto took = duration_cast<milliseconds>(steady_clock::now() - started);
  for (const auto& r : results) EXPECT_TRUE(r.status.ok());
  const auto cores = std::max(1u, std::thread::hardware_concurrency());
  EXPECT_LE(threads.size(), cores);
  EXPECT_FALSE(threads.count(std::this_thread::get_id()));
  EXPECT_LT(took, milliseconds{1500}) << "48 units of 300 ms on " << threads.size() << " threads";
}

TEST(UnitPool, FeedsProgressOncePerUnit) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("jc", "u1"), f.unit("jc", "u2"), f.unit("jc", "u3")};
  RunProgress progress;
  progress.start("p", 3, {});
  auto run = [](const UnitSpec& s) {
    auto r = ok_result(s);
    if (s.users.front().id == "u3") r.status = sdk::Status::transient("timeout");
    return r;
  };
  run_unit_pool(specs, 2, run, f.clock, &progress);
  auto snap = progress.snapshot();
  EXPECT_EQ(snap.done, 3);
  EXPECT_EQ(snap.failed, 1);
  EXPECT_EQ(snap.deferred, 0);
}

TEST(UnitPool, AConnectorsFirstUnitRunsBeforeItsSiblingsStart) {
  Fixture f;
  std::vector<UnitSpec> specs;
  for (int i = 1; i <= 4; ++i) specs.push_back(f.unit("jc", "u" + std::to_string(i)));
  specs.push_back(f.account_unit("cu"));
  std::mutex mu;
  int siblings_started = 0;
  int siblings_seen_by_first = -1;
  bool account_unit_ran = false;
  auto run = [&](const UnitSpec& s) {
    if (s.connector_name == "cu") {
      std::lock_guard lock(mu);
      account_unit_ran = true;
    } else if (s.users.front().id == "u1") {
      // Parked for 200 ms: the siblings could start on this thread or another, and must not.
      wait_for(milliseconds{200});
      std::lock_guard lock(mu);
      siblings_seen_by_first = siblings_started;
    } else {
      std::lock_guard lock(mu);
      ++siblings_started;
    }
    return ok_result(s);
  };
  run_unit_pool(specs, 4, run, f.clock, nullptr);
  EXPECT_EQ(siblings_seen_by_first, 0);
  EXPECT_EQ(siblings_started, 3);
  EXPECT_TRUE(account_unit_ran);
}

// While a connector's first unit runs, the units behind its siblings in the start order (another
// connector's) are not held back with them.
TEST(UnitPool, UnitsOfOtherConnectorsGoWhileAFirstUnitRuns) {
  Fixture f;
  std::vector<UnitSpec> specs = {f.unit("jc", "u1"), f.unit("jc", "u2"), f.unit("jc", "u3"),
                                 f.unit("hs", "u1"), f.unit("hs", "u2")};
  KeyLog log;
  auto run = [&](const UnitSpec& s) {
    if (key(s) == "jc:u1") wait_for(milliseconds{200});
    log.add(s);
    return ok_result(s);
  };
  // Two slots: jc:u1 holds one; the other must go on to hs:u2, not wait behind jc:u2.
  run_unit_pool(specs, 2, run, f.clock, nullptr);
  const auto ended = log.keys();
  ASSERT_EQ(ended.size(), 5u);
  const auto at = [&](const std::string& k) {
    return std::find(ended.begin(), ended.end(), k) - ended.begin();
  };
  EXPECT_LT(at("hs:u2"), at("jc:u1"));
  EXPECT_LT(at("jc:u1"), at("jc:u2"));
  EXPECT_LT(at("jc:u1"), at("jc:u3"));
}

}  // namespace
}  // namespace tributary::host
