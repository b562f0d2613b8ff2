#pragma once
// What a run left in the store, row by row, to tell whether two runs left the same thing:
// every column of metrics, goals and connector_state, read with SQLite directly.

#include <string>
#include <vector>

namespace tributary::bench {

struct StoreDigest {
  std::size_t metrics = 0;
  std::size_t goals = 0;
  std::size_t state = 0;
  std::vector<std::string> rows;  // "table|col|col|..." in key order
};

StoreDigest digest_store(const std::string& db_path);

// Empty when identical; else how they differ (counts and the first differing row).
std::string compare_digests(const StoreDigest& expected, const StoreDigest& actual);

}  // namespace tributary::bench
