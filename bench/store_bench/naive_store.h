#pragma once
// The naive way to do the store's two jobs, for comparison in the same run: one autocommitted
// upsert per metric row, and one SUM query (plus one autocommitted update) per goal. It uses a
// connection of its own to a file the real store created, so schema, indexes and pragmas match.

#include <chrono>
#include <string>
#include <vector>

#include "bench/store_bench/metric_workload.h"
#include "host/store/store.h"

struct sqlite3;

namespace tributary::bench {

class NaiveStore {
 public:
  explicit NaiveStore(const std::string& path);  // the file must exist with the schema
  ~NaiveStore();
  NaiveStore(const NaiveStore&) = delete;
  NaiveStore& operator=(const NaiveStore&) = delete;

  // Row at a time, each its own transaction, through one prepared statement.
  Throughput upsert_rows(const host::UnitWrite& write);

  // For every goal row already in the table: SUM(value) of the user's type over its period,
  // every source summed (what the original system did), then UPDATE that goal alone.
  double update_goals_one_by_one(std::int64_t now_unix);

 private:
  void exec(const std::string& sql);
  sqlite3* db_ = nullptr;
};

}  // namespace tributary::bench
