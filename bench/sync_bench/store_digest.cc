#include "bench/sync_bench/store_digest.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace tributary::bench {

namespace {

using Db = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

std::size_t append_rows(sqlite3* db, const std::string& table, const std::string& order,
                        std::vector<std::string>& rows) {
  const std::string sql = "SELECT * FROM " + table + " ORDER BY " + order;
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
    throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, sqlite3_finalize);
  std::size_t n = 0;
  while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
    std::string row = table;
    for (int c = 0; c < sqlite3_column_count(stmt.get()); ++c) {
      const auto* text = sqlite3_column_text(stmt.get(), c);
      row += "|";
      row += text ? reinterpret_cast<const char*>(text) : "NULL";
    }
    rows.push_back(std::move(row));
    ++n;
  }
  return n;
}

}  // namespace

StoreDigest digest_store(const std::string& db_path) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::string why = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    throw std::runtime_error("cannot open " + db_path + ": " + why);
  }
  Db db(raw, sqlite3_close);
  StoreDigest d;
  d.metrics = append_rows(db.get(), "metrics", "id", d.rows);
  d.goals = append_rows(db.get(), "goals", "id", d.rows);
  d.state = append_rows(db.get(), "connector_state", "scope, key", d.rows);
  return d;
}

std::string compare_digests(const StoreDigest& expected, const StoreDigest& actual) {
  if (expected.rows == actual.rows) return {};
  std::string out = "metrics " + std::to_string(expected.metrics) + " vs " +
                    std::to_string(actual.metrics) + " rows, goals " +
                    std::to_string(expected.goals) + " vs " + std::to_string(actual.goals) +
                    ", connector_state " + std::to_string(expected.state) + " vs " +
                    std::to_string(actual.state);
  auto [a, b] = std::mismatch(expected.rows.begin(), expected.rows.end(), actual.rows.begin(),
                              actual.rows.end());
  out += "; first difference: " + (a == expected.rows.end() ? std::string("(none)") : *a) +
         " vs " + (b == actual.rows.end() ? std::string("(none)") : *b);
  return out;
}

}  // namespace tributary::bench
