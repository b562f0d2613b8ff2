// Metric writes (window-exact, idempotent) and reads.
#include <algorithm>
#include <tuple>

#include "host/store/sqlite_store.h"
#include "host/store/timestamps.h"
#include "host/store/unit_write_check.h"
#include "host/store/window_writer.h"

namespace tributary::host {

namespace {

MetricRow read_metric(const Statement& st) {
  MetricRow r;
  r.id = st.text(0);
  r.user_id = st.text(1);
  r.type = st.text(2);
  r.date = st.text(3);
  r.source = st.text(4);
  r.value = st.real(5);
  r.metadata = st.text(6);
  r.created_at = unix_from_iso(st.text_view(7));
  r.updated_at = unix_from_iso(st.text_view(8));
  return r;
}

// The distinct values of an index's first column, one seek each: `sql` selects that column
// `WHERE column > ?1 ORDER BY column LIMIT 1`.
std::vector<std::string> distinct_leading_values(SqliteDb& db, const std::string& sql) {
  std::vector<std::string> values;
  auto next = db.statement(sql);
  for (std::string after;;) {
    next.bind_ref(1, after);
    if (!next.step()) break;
    after.assign(next.text_view(0));
    next.reset();
    values.push_back(after);
  }
  return values;
}

}  // namespace

UnitWriteStats SqliteStore::commit_unit(const UnitWrite& write) {
  // Checked before taking the lock: a connector bug is refused without touching the database.
  auto unit = check_unit_write(write);
  return locked("committing a unit", [&] {
    Transaction tx(db_);
    auto stats = WindowWriter(db_, write).replace(unit);
    write_state(write.state_scope, write.state, iso_utc(write.now_unix));
    if (!write.leads.empty()) stats.leads = write_leads(write);
    tx.commit();
    return stats;
  });
}

std::vector<MetricRow> SqliteStore::metrics(const MetricFilter& filter) {
  return locked("reading metrics", [&] {
    std::string sql =
        "SELECT id, user_id, type, date, source, value, metadata, created_at, updated_at"
        " FROM metrics WHERE 1 = 1";
    std::vector<const std::string*> args;
    auto add = [&](const std::optional<std::string>& v, const char* clause) {
      if (!v) return;
      sql += clause;
      args.push_back(&*v);
    };
    add(filter.user_id, " AND user_id = ?");
    add(filter.type, " AND type = ?");
    add(filter.source, " AND source = ?");
    add(filter.from, " AND date >= ?");
    add(filter.to, " AND date <= ?");
    sql += " ORDER BY user_id, type, date, source";
    auto st = db_.statement(sql);
    for (std::size_t i = 0; i < args.size(); ++i) st.bind_ref(static_cast<int>(i + 1), *args[i]);
    std::vector<MetricRow> out;
    while (st.step()) out.push_back(read_metric(st));
    return out;
  });
}

void SqliteStore::visit_metric_ranges(const std::vector<MetricRange>& ranges,
                                      const MetricSumVisitor& visit) {
  locked("summing metrics", [&] {
    // The sources present, one key seek each, then one range of the table's key per
    // (source, user, type): rows outside the ranges are never touched.
    const auto sources = distinct_leading_values(
        db_, "SELECT source FROM metrics WHERE source > ?1 ORDER BY source LIMIT 1");
    auto st = db_.statement(
        "SELECT date, value FROM metrics"
        " WHERE source = ?1 AND user_id = ?2 AND type = ?3 AND date BETWEEN ?4 AND ?5");
    MetricSumRef row;
    for (const auto& r : ranges) {
      row.user_id = r.user_id;
      row.type = r.type;
      for (const auto& source : sources) {
        st.bind_ref(1, source).bind_ref(2, r.user_id).bind_ref(3, r.type);
        st.bind_ref(4, r.from).bind_ref(5, r.to);
        row.source = source;
        while (st.step()) {
          row.date = st.text_view(0);
          row.value = st.real(1);
          visit(row);
        }
        st.reset();
      }
    }
  });
}

std::vector<MetricSum> SqliteStore::metric_sums(const std::string& from, const std::string& to,
                                                const std::optional<std::string>& user_id) {
  // The key makes (source, user, type, date) unique, so each row already is its group's sum.
  // The covering (user_id, date, type, source, value) index answers one user's period as one
  // range; every user's is one seek per user present, then that user's range.
  return locked("summing metrics", [&] {
    std::vector<MetricSum> out;
    auto range = db_.statement(
        "SELECT user_id, type, source, date, value FROM metrics INDEXED BY metrics_user_date"
        " WHERE user_id = ?3 AND date BETWEEN ?1 AND ?2");
    auto read_user = [&](std::string_view user) {
      range.bind_ref(1, from).bind_ref(2, to).bind_ref(3, user);
      while (range.step()) {
        out.push_back({std::string(range.text_view(0)), std::string(range.text_view(1)),
                       std::string(range.text_view(2)), std::string(range.text_view(3)),
                       range.real(4)});
      }
      range.reset();
    };
    if (user_id) {
      read_user(*user_id);
    } else {
      const auto users = distinct_leading_values(
          db_, "SELECT user_id FROM metrics INDEXED BY metrics_user_date WHERE user_id > ?1"
               " ORDER BY user_id LIMIT 1");
      for (const auto& user : users) read_user(user);
    }
    std::sort(out.begin(), out.end(), [](const MetricSum& a, const MetricSum& b) {
      return std::tie(a.date, a.user_id, a.type, a.source) <
             std::tie(b.date, b.user_id, b.type, b.source);
    });
    return out;
  });
}

}  // namespace tributary::host
