#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "host/store/store.h"
#include "tests/store/store_test_util.h"
#include "tests/store/temp_dir.h"

namespace tributary::host {
namespace {

using testing::metric;
using testing::unit_write;

TEST(SqliteStoreConcurrency, ThreadsCommittingDifferentUsersAllLand) {
  testing::TempDir dir;
  auto store = open_sqlite_store(dir.file("store.db"));
  constexpr int kThreads = 6;
  constexpr int kRounds = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const std::string user = "user" + std::to_string(t);
      for (int round = 0; round < kRounds; ++round) {
        try {
          // Each round reports one more call per day, so the final state is round kRounds - 1.
          std::vector<sdk::MetricRecord> ms;
          for (int d = 1; d <= 9; ++d)
            ms.push_back(
                metric(user, "phone_call_quantity", "2024-06-0" + std::to_string(d), round + d));
          auto w = unit_write("justcall", {user}, {"phone_call_quantity"}, "2024-06-01",
                              "2024-06-09", std::move(ms), 1717400000 + round);
          w.state["round"] = std::to_string(round);
          store->commit_unit(w);
          store->cache_put("lookups", user, std::to_string(round), 1717500000);
          (void)store->metric_sums("2024-06-01", "2024-06-09", std::nullopt);
        } catch (const std::exception& e) {
          ADD_FAILURE() << user << " round " << round << ": " << e.what();
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  ASSERT_EQ(failures.load(), 0);

  for (int t = 0; t < kThreads; ++t) {
    const std::string user = "user" + std::to_string(t);
    MetricFilter f;
    f.user_id = user;
    auto rows = store->metrics(f);
    ASSERT_EQ(rows.size(), 9u) << user;
    for (const auto& r : rows)
      EXPECT_DOUBLE_EQ(r.value, (kRounds - 1) + std::stoi(r.date.substr(8))) << r.id;
    EXPECT_EQ(store->get_state("test/justcall", "round"), std::to_string(kRounds - 1));
    EXPECT_EQ(store->cache_get("lookups", user, 1717400000), std::to_string(kRounds - 1));
  }
}

}  // namespace
}  // namespace tributary::host
