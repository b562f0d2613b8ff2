// store_bench: the metrics upsert (rows/s) and the goal update (10,000 goals over 5,000,000
// rows) of the SQLite store, each beside a naive way of doing the same in the same run.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "bench/store_bench/goal_workload.h"
#include "bench/store_bench/metric_workload.h"
#include "bench/store_bench/naive_store.h"
#include "host/goals/goal_updater.h"
#include "tributary/sdk/time.h"

using namespace tributary;
using namespace tributary::bench;

namespace {

struct StoreBenchOptions {
  std::int64_t metric_rows = 5'000'000;
  int goal_users = 1000;
  int naive_rows = 20'000;
  std::string dir;
};

constexpr const char* kZone = "America/Denver";

double since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void print_rate(const char* what, const Throughput& t) {
  std::printf("  %-44s %9zu rows %8.2f s %10.0f rows/s\n", what, t.rows, t.seconds,
              t.rows_per_second());
}

// Upserts into fresh files: one big unit, many small units, and the naive row-at-a-time way.
void upsert_section(const StoreBenchOptions& o, std::int64_t now) {
  std::printf("metrics upsert (fresh SQLite file each; WAL, synchronous=NORMAL)\n");
  const auto types = bench_metric_types(8);
  {
    auto store = host::open_sqlite_store(o.dir + "/big.db");
    print_rate("one unit: 500 users x 125 days x 8 types",
               time_commits(*store, {{bench_user_ids(500), types, "2025-01-01", 125}}, now));
    print_rate("the same unit again (all rows unchanged)",
               time_commits(*store, {{bench_user_ids(500), types, "2025-01-01", 125}}, now));
  }
  {
    auto store = host::open_sqlite_store(o.dir + "/small.db");
    std::vector<UnitShape> units;
    for (const auto& user : bench_user_ids(4000)) units.push_back({{user}, {types[0], types[1]}, "2025-01-01", 30});
    print_rate("4,000 units: 1 user x 30 days x 2 types", time_commits(*store, units, now));
  }
  host::open_sqlite_store(o.dir + "/naive.db");  // creates the schema, then closes
  NaiveStore naive(o.dir + "/naive.db");
  const int users = std::max(1, o.naive_rows / (25 * 8));
  print_rate("naive: one autocommitted upsert per row",
             naive.upsert_rows(make_unit({bench_user_ids(users), types, "2025-01-01", 25}, now)));
}

void goals_section(const StoreBenchOptions& o, std::chrono::system_clock::time_point now_tp,
                   std::int64_t now) {
  auto today = sdk::local_date(now, kZone);
  const auto path = o.dir + "/goals.db";
  std::printf("\ngoal update (%d users x %d goals over %lld metric rows)\n", o.goal_users,
              kGoalsPerUser, static_cast<long long>(o.metric_rows));
  auto store = host::open_sqlite_store(path);
  auto fill = fill_goal_metrics(*store, o.goal_users, o.metric_rows, *today, now);
  print_rate("filling the table (units of 1 user x 2-6 types)", fill);
  const auto config = goal_config(o.goal_users, kZone);
  for (const char* pass : {"first", "second"}) {
    auto started = std::chrono::steady_clock::now();
    int written = host::update_goals(*store, config, now_tp);
    std::printf("  update_goals, %s pass: %d goals in %.3f s\n", pass, written, since(started));
  }
  store.reset();
  NaiveStore naive(path);
  std::printf("  naive: one SUM query + one autocommitted UPDATE per goal: %.3f s\n",
              naive.update_goals_one_by_one(now));
}

long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string key;
  long kb = 0;
  while (in >> key) {
    if (key == "VmHWM:") in >> kb;
    in.ignore(1 << 12, '\n');
  }
  return kb;
}

}  // namespace

int main(int argc, char** argv) {
  StoreBenchOptions o;
  CLI::App app{"SQLite store: metrics upsert rows/s and goal update time, beside naive baselines"};
  app.add_option("--metric-rows", o.metric_rows, "Rows in the goal workload's metrics table")
      ->check(CLI::Range(1000, 100'000'000))->capture_default_str();
  app.add_option("--goal-users", o.goal_users, "Users in the goal workload (10 goals each)")
      ->check(CLI::Range(1, 100'000))->capture_default_str();
  app.add_option("--naive-rows", o.naive_rows, "Rows the naive upsert writes")
      ->check(CLI::Range(200, 10'000'000))->capture_default_str();
  app.add_option("--dir", o.dir, "Where the store files go (default: a temp dir, removed)");
  CLI11_PARSE(app, argc, argv);

  const bool temp = o.dir.empty();
  if (temp) o.dir = std::filesystem::temp_directory_path().string() + "/store_bench." + std::to_string(getpid());
  std::filesystem::create_directories(o.dir);
  try {
    const auto now_tp = std::chrono::system_clock::now();
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(now_tp.time_since_epoch()).count();
    std::printf("store_bench: %u cores (shared), files in %s\n\n", std::thread::hardware_concurrency(),
                o.dir.c_str());
    upsert_section(o, now);
    goals_section(o, now_tp, now);
    std::printf("\npeak RSS %.1f MB\n", peak_rss_kb() / 1024.0);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "store_bench: %s\n", e.what());
    if (temp) std::filesystem::remove_all(o.dir);
    return 2;
  }
  if (temp) std::filesystem::remove_all(o.dir);
  return 0;
}
