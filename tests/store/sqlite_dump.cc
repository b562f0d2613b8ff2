#include "tests/store/sqlite_dump.h"

#include <sqlite3.h>

#include <memory>
#include <stdexcept>

namespace tributary::testing {

namespace {

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};

std::unique_ptr<sqlite3, Closer> open_read_only(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + path);
  }
  return std::unique_ptr<sqlite3, Closer>(db);
}

std::vector<std::vector<std::string>> rows(const std::string& path, const std::string& sql) {
  auto db = open_read_only(path);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("bad query '") + sql + "': " + sqlite3_errmsg(db.get()));
  std::vector<std::vector<std::string>> out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const auto* t = sqlite3_column_text(st, i);
      row.push_back(t ? reinterpret_cast<const char*>(t) : "NULL");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  return out;
}

}  // namespace

std::vector<std::string> dump_table(const std::string& db_path, const std::string& table) {
  std::string columns;
  for (const auto& r : rows(db_path, "SELECT name FROM pragma_table_info('" + table + "')")) {
    if (!columns.empty()) columns += ", ";
    columns += r[0];
  }
  return dump_rows(db_path, "SELECT * FROM " + table + " ORDER BY " + columns);
}

std::vector<std::string> dump_rows(const std::string& db_path, const std::string& sql) {
  std::vector<std::string> out;
  for (const auto& r : rows(db_path, sql)) {
    std::string line;
    for (const auto& c : r) {
      if (!line.empty()) line += '|';
      line += c;
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> dump_all(const std::string& db_path) {
  std::vector<std::string> out;
  for (const auto& t : rows(db_path,
                            "SELECT name FROM sqlite_master WHERE type = 'table'"
                            " AND name NOT LIKE 'sqlite_%' ORDER BY name"))
    for (const auto& line : dump_table(db_path, t[0])) out.push_back(t[0] + ": " + line);
  return out;
}

std::string query_text(const std::string& db_path, const std::string& sql) {
  auto r = rows(db_path, sql);
  return r.empty() || r[0].empty() ? "" : r[0][0];
}

}  // namespace tributary::testing
