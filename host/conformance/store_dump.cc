#include "host/conformance/store_dump.h"

#include <sqlite3.h>

#include <memory>
#include <stdexcept>

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

using Db = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Db open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    std::string why = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    throw std::runtime_error("cannot open the scratch store " + path + ": " + why);
  }
  return Db(raw, sqlite3_close);
}

json::array query(const std::string& path, const char* sql) {
  auto db = open(path, SQLITE_OPEN_READONLY);
  sqlite3_stmt* raw_stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), sql, -1, &raw_stmt, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("cannot read the scratch store: ") + sqlite3_errmsg(db.get()));
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw_stmt, sqlite3_finalize);
  json::array rows;
  while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
    json::array row;
    for (int i = 0; i < sqlite3_column_count(stmt.get()); ++i) {
      switch (sqlite3_column_type(stmt.get(), i)) {
        case SQLITE_INTEGER: row.push_back(sqlite3_column_int64(stmt.get(), i)); break;
        case SQLITE_FLOAT: row.push_back(sqlite3_column_double(stmt.get(), i)); break;
        case SQLITE_NULL: row.push_back(nullptr); break;
        default:
          row.push_back(json::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), i))));
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

json::array dump_metrics(const std::string& path) {
  return query(path, "SELECT id, user_id, type, date, source, value, metadata, created_at, updated_at "
                     "FROM metrics ORDER BY id");
}

void clear_connector_state(const std::string& path) {
  auto db = open(path, SQLITE_OPEN_READWRITE);
  char* error = nullptr;
  if (sqlite3_exec(db.get(), "DELETE FROM connector_state", nullptr, nullptr, &error) != SQLITE_OK) {
    std::string why = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("cannot clear the scratch store's state: " + why);
  }
}

json::array dump_state(const std::string& path) {
  return query(path, "SELECT scope, key, value FROM connector_state ORDER BY scope, key");
}

}  // namespace tributary::host::conformance
