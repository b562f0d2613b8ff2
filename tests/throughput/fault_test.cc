// Issue 7's check: a sandbox with faults on (10 % 429 with Retry-After: 1, 5 % 500, 2 % slow)
// gives a store identical to a fault-free run's, and the summary counts every retry.
#include <gtest/gtest.h>

#include <chrono>

#include "tests/throughput/throughput_env.h"
#include "tributary/sdk/time.h"

using namespace tributary::testing;
namespace json = boost::json;

namespace {

std::int64_t sum(const json::object& connectors, const char* key) {
  std::int64_t n = 0;
  for (const auto& [name, c] : connectors) n += c.at(key).as_int64();
  return n;
}

std::int64_t vendor_sum(const json::object& stats, const char* key) {
  std::int64_t n = 0;
  for (const auto& [name, v] : stats.at("vendors").as_object()) n += v.at(key).as_int64();
  return n;
}

std::string now_iso() {
  using namespace std::chrono;
  return tributary::sdk::format_iso8601_utc(
      duration_cast<seconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace

TEST(Throughput, FaultsGiveTheSameStoreAsAFaultFreeRunAndEveryRetryIsCounted) {
  const auto now = now_iso();
  ThroughputEnv clean;
  ThroughputEnv faulty({"--fault-429", "0.1", "--fault-500", "0.05", "--fault-slow", "0.02"});

  auto clean_summary = clean.run(now);
  auto faulty_summary = faulty.run(now);
  ASSERT_FALSE(clean_summary.empty());
  ASSERT_FALSE(faulty_summary.empty());
  EXPECT_EQ(clean_summary.at("status").as_string(), "success");
  EXPECT_EQ(faulty_summary.at("status").as_string(), "success");

  const auto expected = clean.store_rows();
  const auto actual = faulty.store_rows();
  ASSERT_GT(expected.size(), 10u) << "the fault-free run should have written metrics and goals";
  ASSERT_EQ(expected.size(), actual.size());
  for (std::size_t i = 0; i < expected.size(); ++i) ASSERT_EQ(expected[i], actual[i]) << "row " << i;

  // Every injected 429/500 (and any the sandbox's own budget gave) was retried, and counted.
  const auto stats = faulty.sandbox_stats();
  const auto injected_429 = vendor_sum(stats, "injected_429");
  const auto injected_500 = vendor_sum(stats, "injected_500");
  const auto limited_429 = vendor_sum(stats, "rate_limited_429");
  ASSERT_GT(injected_429 + injected_500, 0) << "no fault was injected: the test proves nothing";
  const auto& connectors = faulty_summary.at("connectors").as_object();
  EXPECT_EQ(sum(connectors, "retries"), injected_429 + injected_500 + limited_429);
  EXPECT_EQ(sum(connectors, "throttled"), injected_429 + limited_429);
  EXPECT_EQ(sum(connectors, "serverErrors"), injected_500);
  EXPECT_EQ(sum(connectors, "requests"), vendor_sum(stats, "requests"));
  EXPECT_EQ(sum(clean_summary.at("connectors").as_object(), "retries"), 0);
}
