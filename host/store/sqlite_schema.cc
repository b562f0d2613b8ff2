#include "host/store/sqlite_schema.h"

#include <array>
#include <string>

#include "host/store/sqlite_db.h"
#include "host/store/store.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// Column names are the DESIGN.md contract with dashboards. Every timestamp column holds
// ISO-8601 UTC text ("2024-06-03T17:04:11Z"), which also sorts correctly as text.
constexpr const char* kInitialSchema = R"sql(
CREATE TABLE metrics (
  id         TEXT PRIMARY KEY NOT NULL,
  user_id    TEXT NOT NULL,
  type       TEXT NOT NULL,
  date       TEXT NOT NULL,
  source     TEXT NOT NULL,
  value      REAL NOT NULL,
  metadata   TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX metrics_user_date ON metrics(user_id, date);
CREATE INDEX metrics_date ON metrics(date, user_id, type, source, value);
CREATE INDEX metrics_source_user_type_date ON metrics(source, user_id, type, date);

CREATE TABLE goals (
  id            TEXT PRIMARY KEY NOT NULL,
  user_id       TEXT NOT NULL,
  type          TEXT NOT NULL,
  period        TEXT NOT NULL,
  target        REAL NOT NULL,
  current       REAL NOT NULL,
  period_start  TEXT NOT NULL,
  period_end    TEXT NOT NULL,
  source_detail TEXT NOT NULL DEFAULT '{}',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX goals_user ON goals(user_id);

CREATE TABLE users (
  id         TEXT PRIMARY KEY NOT NULL,
  email      TEXT NOT NULL DEFAULT '',
  name       TEXT NOT NULL DEFAULT '',
  active     INTEGER NOT NULL DEFAULT 1,
  identities TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE runs (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  pipeline   TEXT NOT NULL,
  trigger    TEXT NOT NULL,
  status     TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at   TEXT,
  summary    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX runs_pipeline ON runs(pipeline, id);

CREATE TABLE connector_state (
  scope      TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);

CREATE TABLE cache (
  scope      TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);

CREATE TABLE credentials (
  scope      TEXT NOT NULL,
  name       TEXT NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scope, name)
);

CREATE TABLE leads (
  id                   TEXT PRIMARY KEY NOT NULL,
  crm_source           TEXT,
  crm_id               TEXT,
  name                 TEXT NOT NULL DEFAULT '',
  email                TEXT,
  phone_e164           TEXT,
  crm_owner            TEXT,
  crm_owner_email      TEXT,
  crm_status           TEXT,
  crm_stage            TEXT,
  crm_description      TEXT,
  crm_last_activity_at TEXT,
  origin               TEXT NOT NULL DEFAULT 'crm',
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX leads_crm ON leads(crm_source, crm_id);
CREATE INDEX leads_phone ON leads(phone_e164);
CREATE INDEX leads_email ON leads(lower(email));
)sql";

// The leads sync (host/leads): fields a person set, the archived mark, the sink's metadata.
constexpr const char* kLeadsSync = R"sql(
ALTER TABLE leads ADD COLUMN manual_fields TEXT;
ALTER TABLE leads ADD COLUMN archived_at TEXT;
ALTER TABLE leads ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
)sql";

// The goal updater reads each (source, user, type) over its own period: the index answers it
// alone once it carries the value.
constexpr const char* kCoveringSourceIndex = R"sql(
DROP INDEX metrics_source_user_type_date;
CREATE INDEX metrics_source_user_type_date ON metrics(source, user_id, type, date, value);
)sql";

// The metrics table clustered on the key every write and the goal updater read by, (source,
// user_id, type, date): a unit's rows are one contiguous range, a row is stored once (no rowid
// table beside a key index), and the date-first index, whose random inserts cost small units
// half their speed, goes. `id` stays unique (dashboards look rows up by it), and a user-first
// index covers the per-user and per-period sums. Columns keep their order.
constexpr const char* kClusteredMetrics = R"sql(
CREATE TABLE metrics_clustered (
  id         TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  type       TEXT NOT NULL,
  date       TEXT NOT NULL,
  source     TEXT NOT NULL,
  value      REAL NOT NULL,
  metadata   TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (source, user_id, type, date)
) WITHOUT ROWID;
INSERT INTO metrics_clustered
  SELECT id, user_id, type, date, source, value, metadata, created_at, updated_at FROM metrics;
DROP TABLE metrics;
ALTER TABLE metrics_clustered RENAME TO metrics;
CREATE UNIQUE INDEX metrics_id ON metrics(id);
CREATE INDEX metrics_user_date ON metrics(user_id, date, type, source, value);
)sql";

constexpr std::array kMigrations{
    Migration{1, "initial schema: metrics, goals, users, runs, state, cache, credentials, leads",
              kInitialSchema},
    Migration{2, "leads: manual_fields, archived_at, metadata", kLeadsSync},
    Migration{3, "metrics: (source, user_id, type, date) index covers value", kCoveringSourceIndex},
    Migration{4, "metrics: clustered on (source, user_id, type, date); id unique; user-first index",
              kClusteredMetrics},
};

int current_version(SqliteDb& db) {
  auto st = db.statement("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  st.step();
  return static_cast<int>(st.integer(0));
}

}  // namespace

int sqlite_schema_latest_version() { return kMigrations.back().version; }

void migrate_sqlite_schema(SqliteDb& db, std::int64_t now_unix) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY NOT NULL,"
      " description TEXT NOT NULL,"
      " applied_at TEXT NOT NULL)");
  Transaction guard(db);  // holds the write lock so two hosts cannot migrate at once
  int have = current_version(db);
  if (have > sqlite_schema_latest_version())
    throw StoreError("the SQLite store '" + db.path() + "' has schema version " +
                     std::to_string(have) + ", newer than this build knows (" +
                     std::to_string(sqlite_schema_latest_version()) +
                     "); run a tributary at least as new as the one that wrote it");
  const std::string applied_at = sdk::format_iso8601_utc(now_unix);
  for (const auto& m : kMigrations) {
    if (m.version <= have) continue;
    db.exec(m.sql);
    db.statement("INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")
        .bind(1, m.version)
        .bind(2, std::string_view(m.description))
        .bind(3, applied_at)
        .run();
  }
  guard.commit();
}

}  // namespace tributary::host
