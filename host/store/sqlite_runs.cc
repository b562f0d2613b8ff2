// Run history: one row per pipeline run (or missed schedule slot) with its summary JSON.
#include "host/store/sqlite_store.h"
#include "host/store/timestamps.h"

namespace tributary::host {

namespace {

constexpr const char* kRunColumns =
    "SELECT id, pipeline, trigger, status, started_at, ended_at, summary FROM runs";

RunRow read_run(const Statement& st) {
  RunRow r;
  r.id = st.integer(0);
  r.pipeline = st.text(1);
  r.trigger = st.text(2);
  r.status = st.text(3);
  r.started_at = unix_from_iso(st.text_view(4));
  r.ended_at = st.is_null(5) ? 0 : unix_from_iso(st.text_view(5));
  r.summary = st.text(6);
  return r;
}

}  // namespace

std::int64_t SqliteStore::begin_run(const std::string& pipeline, const std::string& trigger,
                                    std::int64_t started_at) {
  return locked("recording a run start", [&] {
    const std::string started = iso_utc(started_at);
    db_.statement(
           "INSERT INTO runs(pipeline, trigger, status, started_at, summary)"
           " VALUES (?1, ?2, 'running', ?3, '{}')")
        .bind_ref(1, pipeline)
        .bind_ref(2, trigger)
        .bind_ref(3, started)
        .run();
    return db_.last_insert_rowid();
  });
}

void SqliteStore::finish_run(std::int64_t run_id, const std::string& status, std::int64_t ended_at,
                             const std::string& summary_json) {
  locked("recording a run end", [&] {
    const std::string ended = iso_utc(ended_at);
    auto st =
        db_.statement("UPDATE runs SET status = ?2, ended_at = ?3, summary = ?4 WHERE id = ?1");
    st.bind(1, run_id).bind_ref(2, status).bind_ref(3, ended);
    st.bind_ref(4, summary_json.empty() ? std::string_view("{}") : summary_json);
    st.run();
    if (st.changes() != 1)
      throw StoreError("there is no run with id " + std::to_string(run_id) +
                       "; finish_run takes the id begin_run returned");
  });
}

std::int64_t SqliteStore::record_run(const RunRow& run) {
  return locked("recording a run", [&] {
    const std::string started = iso_utc(run.started_at);
    const std::string ended = iso_utc(run.ended_at);
    auto st = db_.statement(
        "INSERT INTO runs(pipeline, trigger, status, started_at, ended_at, summary)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind_ref(1, run.pipeline).bind_ref(2, run.trigger).bind_ref(3, run.status);
    st.bind_ref(4, started);
    if (run.ended_at == 0)
      st.bind_null(5);
    else
      st.bind_ref(5, ended);
    st.bind_ref(6, run.summary.empty() ? std::string_view("{}") : run.summary);
    st.run();
    return db_.last_insert_rowid();
  });
}

std::vector<RunRow> SqliteStore::runs(const std::optional<std::string>& pipeline, int limit) {
  return locked("reading run history", [&] {
    auto st = db_.statement(std::string(kRunColumns) + (pipeline ? " WHERE pipeline = ?2" : "") +
                            " ORDER BY id DESC LIMIT ?1");
    st.bind(1, limit <= 0 ? std::int64_t{-1} : std::int64_t{limit});  // <= 0: no limit
    if (pipeline) st.bind_ref(2, *pipeline);
    std::vector<RunRow> out;
    while (st.step()) out.push_back(read_run(st));
    return out;
  });
}

std::optional<RunRow> SqliteStore::run(std::int64_t id) {
  return locked("reading a run", [&]() -> std::optional<RunRow> {
    auto st = db_.statement(std::string(kRunColumns) + " WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return read_run(st);
  });
}

}  // namespace tributary::host
