#include "host/store/sqlite_db.h"

#include <sqlite3.h>

#include <mutex>

#include "host/store/store.h"

namespace tributary::host {

namespace {

constexpr int kBusyTimeoutMs = 10000;

}  // namespace

Statement::~Statement() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

void Statement::check_bind(int rc, int index) {
  if (rc != SQLITE_OK)
    db_->fail("binding parameter " + std::to_string(index) + " of '" + sqlite3_sql(stmt_) + "'");
}

Statement& Statement::bind(int index, std::string_view value) {
  check_bind(sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                               SQLITE_TRANSIENT),
             index);
  return *this;
}

Statement& Statement::bind_ref(int index, std::string_view value) {
  check_bind(
      sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC),
      index);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check_bind(sqlite3_bind_double(stmt_, index, value), index);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(stmt_, index, value), index);
  return *this;
}

Statement& Statement::bind_null(int index) {
  check_bind(sqlite3_bind_null(stmt_, index), index);
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail(std::string("executing '") + sqlite3_sql(stmt_) + "'");
}

void Statement::run() {
  if (step()) db_->fail(std::string("'") + sqlite3_sql(stmt_) + "' returned a row; none expected");
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::changes() const { return sqlite3_changes(sqlite3_db_handle(stmt_)); }

std::string Statement::text(int column) const { return std::string(text_view(column)); }

std::string_view Statement::text_view(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

void SqliteDb::Finalizer::operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }

SqliteDb::SqliteDb(const std::string& path) : path_(path) {
  // SQLite's allocation statistics take a global mutex on every malloc; nothing here reads them
  // and they cost ~6% of a large write. Only possible before SQLite initialises; later it is a
  // harmless no-op.
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  int rc =
      sqlite3_open_v2(path.c_str(), &db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open the SQLite store '" + path + "': " + message +
                     " (the directory must exist and be writable)");
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  configure();
}

void SqliteDb::configure() {
  // Page size only takes effect on a new file, so it must come before WAL is switched on.
  // 16 KiB pages mean fewer, shallower b-tree pages for the wide metrics indexes (5-20% less
  // CPU on big writes, measured).
  exec("PRAGMA page_size = 16384");
  // WAL lets dashboards read while a run writes; NORMAL sync is durable across process crashes
  // in WAL mode and only risks the last transactions on power loss, which a re-run restores.
  exec("PRAGMA journal_mode = WAL");
  exec("PRAGMA synchronous = NORMAL");
  exec("PRAGMA foreign_keys = ON");
  exec("PRAGMA cache_size = -65536");  // 64 MiB: keeps the metrics indexes hot during big writes
  exec("PRAGMA temp_store = MEMORY");
  exec("PRAGMA mmap_size = 1073741824");  // reads without a copy through the kernel
}

SqliteDb::~SqliteDb() {
  cache_.clear();  // statements must be finalized before the connection closes
  sqlite3_close(db_);
}

void SqliteDb::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw StoreError("executing '" + sql + "': " + message + " (" + path_ + ")");
  }
}

std::vector<std::string> SqliteDb::texts(const std::string& sql) {
  std::vector<std::string> out;
  auto st = statement(sql);
  while (st.step()) out.push_back(st.text(0));
  return out;
}

Statement SqliteDb::statement(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
      fail("preparing '" + sql + "'");
    it = cache_.emplace(sql, std::unique_ptr<sqlite3_stmt, Finalizer>(stmt)).first;
  }
  return Statement(*this, it->second.get());
}

std::int64_t SqliteDb::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

void SqliteDb::fail(const std::string& what) const {
  throw StoreError(what + ": " + sqlite3_errmsg(db_) + " (" + path_ + ")");
}

Transaction::Transaction(SqliteDb& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!open_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (...) {
    // SQLite already rolled back (e.g. after SQLITE_FULL); nothing more to undo.
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace tributary::host
