// Goal rows: replaced as a whole from the configured set on every update.
#include <unordered_set>

#include "host/store/sqlite_store.h"
#include "host/store/timestamps.h"

namespace tributary::host {

namespace {

void upsert_goal(Statement& st, const GoalRow& g) {
  const std::string updated = iso_utc(g.updated_at);
  st.bind_ref(1, g.id).bind_ref(2, g.user_id).bind_ref(3, g.type).bind_ref(4, g.period);
  st.bind(5, g.target).bind(6, g.current).bind_ref(7, g.period_start).bind_ref(8, g.period_end);
  st.bind_ref(9, g.source_detail.empty() ? std::string_view("{}") : g.source_detail);
  st.bind_ref(10, updated);
  st.run();
  st.reset();
}

void delete_unconfigured(SqliteDb& db, const std::unordered_set<std::string_view>& keep) {
  auto remove = db.statement("DELETE FROM goals WHERE id = ?1");
  for (const auto& id : db.texts("SELECT id FROM goals")) {
    if (keep.count(id)) continue;
    remove.bind_ref(1, id).run();
    remove.reset();
  }
}

}  // namespace

void SqliteStore::upsert_goals(const std::vector<GoalRow>& goals) {
  locked("writing goals", [&] {
    Transaction tx(db_);
    auto upsert = db_.statement(
        "INSERT INTO goals(id, user_id, type, period, target, current, period_start, period_end,"
        " source_detail, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)"
        " ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, type = excluded.type,"
        " period = excluded.period, target = excluded.target, current = excluded.current,"
        " period_start = excluded.period_start, period_end = excluded.period_end,"
        " source_detail = excluded.source_detail, updated_at = excluded.updated_at");
    std::unordered_set<std::string_view> keep;
    for (const auto& g : goals) {
      if (g.id.empty()) throw StoreError("goal for user '" + g.user_id + "' has an empty id");
      upsert_goal(upsert, g);
      keep.insert(g.id);
    }
    delete_unconfigured(db_, keep);
    tx.commit();
  });
}

std::vector<GoalRow> SqliteStore::goals(const std::optional<std::string>& user_id) {
  return locked("reading goals", [&] {
    auto st = db_.statement(
        user_id ? "SELECT id, user_id, type, period, target, current, period_start, period_end,"
                  " source_detail, updated_at FROM goals WHERE user_id = ?1"
                  " ORDER BY user_id, type, period"
                : "SELECT id, user_id, type, period, target, current, period_start, period_end,"
                  " source_detail, updated_at FROM goals ORDER BY user_id, type, period");
    if (user_id) st.bind_ref(1, *user_id);
    std::vector<GoalRow> out;
    while (st.step()) {
      GoalRow g;
      g.id = st.text(0);
      g.user_id = st.text(1);
      g.type = st.text(2);
      g.period = st.text(3);
      g.target = st.real(4);
      g.current = st.real(5);
      g.period_start = st.text(6);
      g.period_end = st.text(7);
      g.source_detail = st.text(8);
      g.updated_at = unix_from_iso(st.text_view(9));
      out.push_back(std::move(g));
    }
    return out;
  });
}

}  // namespace tributary::host
