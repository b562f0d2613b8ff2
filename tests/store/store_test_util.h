#pragma once
// Builders for the store tests: metrics and unit writes with only the fields a test cares
// about, and a fixture with a fresh store.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "host/store/store.h"
#include "tests/store/temp_dir.h"

namespace tributary::testing {

inline sdk::MetricRecord metric(const std::string& user, const std::string& type,
                                const std::string& date, double value,
                                boost::json::object metadata = {}) {
  return {user, type, date, value, std::move(metadata)};
}

inline host::UnitWrite unit_write(const std::string& source, std::vector<std::string> users,
                                  std::vector<std::string> types, const std::string& start,
                                  const std::string& end, std::vector<sdk::MetricRecord> metrics,
                                  std::int64_t now_unix) {
  host::UnitWrite w;
  w.source = source;
  w.state_scope = "test/" + source;
  w.covered_users = std::move(users);
  w.metric_types = std::move(types);
  w.window_start = start;
  w.window_end = end;
  w.metrics = std::move(metrics);
  w.now_unix = now_unix;
  return w;
}

// A fresh SQLite store in its own temp directory.
class StoreFixture : public ::testing::Test {
 protected:
  TempDir dir_;
  std::string path_ = dir_.file("store.db");
  host::StorePtr store_ = host::open_sqlite_store(path_);
};

}  // namespace tributary::testing
