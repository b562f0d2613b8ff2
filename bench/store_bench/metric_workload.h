#pragma once
// Generated metric rows, shaped like real units: users x days x metric types for one source,
// values and metadata derived from the row's coordinates so every run writes the same data.

#include <cstdint>
#include <string>
#include <vector>

#include "host/store/store.h"

namespace tributary::bench {

struct UnitShape {
  std::vector<std::string> users;
  std::vector<std::string> types;
  std::string first_date;  // YYYY-MM-DD
  int days = 1;
  std::string source = "bench";
};

std::vector<std::string> bench_user_ids(int count, int first = 1);

// The first `count` known metric types (at most 8).
std::vector<std::string> bench_metric_types(int count);

host::UnitWrite make_unit(const UnitShape& shape, std::int64_t now_unix);

struct Throughput {
  std::size_t rows = 0;
  double seconds = 0;
  double rows_per_second() const { return seconds > 0 ? rows / seconds : 0; }
};

// Commits each unit in turn and times only the commits (building the rows is not the store's
// work).
Throughput time_commits(host::Store& store, const std::vector<UnitShape>& units,
                        std::int64_t now_unix);

}  // namespace tributary::bench
