// Metric writes (window-exact, idempotent) and reads.
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
    // The sources present, one index seek each, then one covering-index range per
    // (source, user, type): rows outside the ranges are never touched.
    std::vector<std::string> sources;
    auto next_source = db_.statement(
        "SELECT source FROM metrics INDEXED BY metrics_source_user_type_date WHERE source > ?1"
        " ORDER BY source LIMIT 1");
    for (std::string after;;) {
      next_source.bind_ref(1, after);
      if (!next_source.step()) break;
      after.assign(next_source.text_view(0));
      next_source.reset();
      sources.push_back(after);
    }
    auto st = db_.statement(
        "SELECT date, value FROM metrics INDEXED BY metrics_source_user_type_date"
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
  // The id makes (user, type, date, source) unique, so each row already is its group's sum;
  // the covering (date, user_id, type, source, value) index answers this without the table.
  return locked("summing metrics", [&] {
    auto st = db_.statement(
        user_id ? "SELECT user_id, type, source, date, value FROM metrics"
                  " WHERE user_id = ?3 AND date BETWEEN ?1 AND ?2 ORDER BY date, type, source"
                : "SELECT user_id, type, source, date, value FROM metrics INDEXED BY metrics_date"
                  " WHERE date BETWEEN ?1 AND ?2 ORDER BY date, user_id, type, source");
    st.bind_ref(1, from).bind_ref(2, to);
    if (user_id) st.bind_ref(3, *user_id);
    std::vector<MetricSum> out;
    while (st.step()) {
      out.push_back({std::string(st.text_view(0)), std::string(st.text_view(1)),
                     std::string(st.text_view(2)), std::string(st.text_view(3)), st.real(4)});
    }
    return out;
  });
}

}  // namespace tributary::host
