#pragma once
// A thin RAII layer over one sqlite3 connection: cached prepared statements, typed binds and
// columns, and a transaction guard. Not thread-safe by itself; SqliteStore serialises callers.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tributary::host {

class SqliteDb;

// A cached statement borrowed for one use; the destructor resets it and clears its bindings so
// the next borrower starts clean. Text is bound by copy unless bind_ref says the caller keeps the
// bytes alive until the next step()/reset().
class Statement {
 public:
  Statement(SqliteDb& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::string_view value);
  Statement& bind_ref(int index, std::string_view value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind_null(int index);

  bool step();   // true while there is a row
  void run();    // steps once and expects no row
  void reset();  // ready to bind and step again (keeps nothing bound)
  int changes() const;

  std::string text(int column) const;
  std::string_view text_view(int column) const;  // valid until the next step()/reset()
  double real(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;

 private:
  void check_bind(int rc, int index);
  SqliteDb* db_;
  sqlite3_stmt* stmt_;
};

class SqliteDb {
 public:
  // Opens or creates the file; throws StoreError naming the path when it cannot.
  explicit SqliteDb(const std::string& path);
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;
  ~SqliteDb();

  void exec(const std::string& sql);
  // The first column of every row `sql` returns.
  std::vector<std::string> texts(const std::string& sql);
  // The statement for `sql`, prepared once per connection and reused.
  Statement statement(const std::string& sql);
  std::int64_t last_insert_rowid() const;
  const std::string& path() const { return path_; }

  // Throws StoreError: "<what>: <sqlite message> (<path>)".
  [[noreturn]] void fail(const std::string& what) const;

 private:
  void configure();

  std::string path_;
  sqlite3* db_ = nullptr;
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const;
  };
  std::unordered_map<std::string, std::unique_ptr<sqlite3_stmt, Finalizer>> cache_;
};

// BEGIN IMMEDIATE on construction (so a writer never upgrades a read lock and deadlocks),
// ROLLBACK on destruction unless commit() ran.
class Transaction {
 public:
  explicit Transaction(SqliteDb& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  SqliteDb& db_;
  bool open_ = true;
};

}  // namespace tributary::host
