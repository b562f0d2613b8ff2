#include "bench/store_bench/naive_store.h"

#include <sqlite3.h>

#include <boost/json/serialize.hpp>
#include <memory>
#include <stdexcept>

#include "tributary/sdk/time.h"

namespace tributary::bench {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Statement prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("naive store: ") + sqlite3_errmsg(db) + " in " + sql);
  return Statement(st, sqlite3_finalize);
}

void bind_text(sqlite3_stmt* st, int i, const std::string& v) {
  sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void step_done(sqlite3* db, sqlite3_stmt* st) {
  if (sqlite3_step(st) != SQLITE_DONE)
    throw std::runtime_error(std::string("naive store: ") + sqlite3_errmsg(db));
  sqlite3_reset(st);
}

struct GoalKey {
  std::string id, user_id, type, start, end;
};

}  // namespace

NaiveStore::NaiveStore(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
    throw std::runtime_error("naive store: cannot open " + path);
  // The real store's durability settings, so only the batching differs.
  exec("PRAGMA journal_mode = WAL");
  exec("PRAGMA synchronous = NORMAL");
  exec("PRAGMA busy_timeout = 10000");
}

NaiveStore::~NaiveStore() { sqlite3_close(db_); }

void NaiveStore::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : "unknown error";
    sqlite3_free(err);
    throw std::runtime_error("naive store: " + why + " in " + sql);
  }
}

Throughput NaiveStore::upsert_rows(const host::UnitWrite& write) {
  auto st = prepare(db_,
                    "INSERT INTO metrics(id, user_id, type, date, source, value, metadata, "
                    "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET value = excluded.value, "
                    "metadata = excluded.metadata, updated_at = excluded.updated_at");
  const auto now = sdk::format_iso8601_utc(write.now_unix);
  const auto started = std::chrono::steady_clock::now();
  for (const auto& m : write.metrics) {
    bind_text(st.get(), 1, m.user_id + "_" + m.type + "_" + m.date + "_" + write.source);
    bind_text(st.get(), 2, m.user_id);
    bind_text(st.get(), 3, m.type);
    bind_text(st.get(), 4, m.date);
    bind_text(st.get(), 5, write.source);
    sqlite3_bind_double(st.get(), 6, m.value);
    bind_text(st.get(), 7, boost::json::serialize(m.metadata));
    bind_text(st.get(), 8, now);
    bind_text(st.get(), 9, now);
    step_done(db_, st.get());
  }
  Throughput t;
  t.rows = write.metrics.size();
  t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return t;
}

double NaiveStore::update_goals_one_by_one(std::int64_t now_unix) {
  std::vector<GoalKey> goals;
  {
    auto list = prepare(db_, "SELECT id, user_id, type, period_start, period_end FROM goals");
    while (sqlite3_step(list.get()) == SQLITE_ROW) {
      auto col = [&](int c) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(list.get(), c));
        return std::string(text ? text : "");
      };
      goals.push_back({col(0), col(1), col(2), col(3), col(4)});
    }
  }
  auto sum = prepare(db_,
                     "SELECT COALESCE(SUM(value), 0) FROM metrics "
                     "WHERE user_id = ? AND type = ? AND date BETWEEN ? AND ?");
  auto update = prepare(db_, "UPDATE goals SET current = ?, updated_at = ? WHERE id = ?");
  const auto now = sdk::format_iso8601_utc(now_unix);
  const auto started = std::chrono::steady_clock::now();
  for (const auto& g : goals) {
    bind_text(sum.get(), 1, g.user_id);
    bind_text(sum.get(), 2, g.type);
    bind_text(sum.get(), 3, g.start);
    bind_text(sum.get(), 4, g.end);
    if (sqlite3_step(sum.get()) != SQLITE_ROW) throw std::runtime_error("naive goal sum failed");
    const double current = sqlite3_column_double(sum.get(), 0);
    sqlite3_reset(sum.get());
    sqlite3_bind_double(update.get(), 1, current);
    bind_text(update.get(), 2, now);
    bind_text(update.get(), 3, g.id);
    step_done(db_, update.get());
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace tributary::bench
