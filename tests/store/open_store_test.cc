#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "host/store/store.h"
#include "tests/store/sqlite_dump.h"
#include "tests/store/store_test_util.h"
#include "tests/store/temp_dir.h"

namespace tributary::host {
namespace {

std::string message_of(const StoreSettings& settings) {
  try {
    open_store(settings);
  } catch (const StoreError& e) {
    return e.what();
  }
  return "no error";
}

TEST(OpenStore, PostgresIsNotBuiltYet) {
  StoreSettings s;
  s.driver = "postgres";
  s.dsn = "postgresql://localhost/tributary";
  EXPECT_EQ(message_of(s), "PostgreSQL store not built yet");
}

TEST(OpenStore, UnknownDriverNamesTheChoices) {
  StoreSettings s;
  s.driver = "mysql";
  EXPECT_EQ(message_of(s),
            "unknown store driver 'mysql'; store.driver must be 'sqlite' or 'postgres'");
}

TEST(OpenStore, SqliteCreatesDirectoryWalFileAndSchema) {
  testing::TempDir dir;
  StoreSettings s;
  s.path = dir.file("data/nested/tributary.db");
  auto store = open_store(s);
  EXPECT_EQ(testing::query_text(s.path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(testing::query_text(s.path, "SELECT MAX(version) FROM schema_version"), "4");
}

TEST(OpenStore, ReopeningDoesNotMigrateAgain) {
  testing::TempDir dir;
  const auto path = dir.file("t.db");
  open_sqlite_store(path).reset();
  open_sqlite_store(path).reset();
  EXPECT_EQ(testing::dump_table(path, "schema_version").size(), 4u);  // migrations 1 to 4, once
}

TEST(OpenStore, RefusesASchemaNewerThanThisBuild) {
  testing::TempDir dir;
  const auto path = dir.file("t.db");
  open_sqlite_store(path).reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "INSERT INTO schema_version VALUES (99, 'future', "
                         "'2030-01-01T00:00:00Z')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  try {
    open_sqlite_store(path);
    FAIL() << "opened a newer schema";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 99, newer than this build knows (4)"),
              std::string::npos)
        << e.what();
  }
}

TEST(OpenStore, UnwritableLocationNamesThePath) {
  StoreSettings s;
  s.path = "/proc/tributary-cannot-be-here/x.db";
  EXPECT_NE(message_of(s).find("/proc/tributary-cannot-be-here"), std::string::npos);
}

// The column names dashboards read (DESIGN.md); extra columns are allowed.
TEST(OpenStore, TablesHaveTheDesignColumns) {
  const std::map<std::string, std::vector<std::string>> contract{
      {"metrics",
       {"id", "user_id", "type", "date", "source", "value", "metadata", "created_at",
        "updated_at"}},
      {"goals",
       {"id", "user_id", "type", "period", "target", "current", "period_start", "period_end",
        "updated_at", "source_detail"}},
      {"users", {"id", "email", "name", "active", "identities", "created_at", "updated_at"}},
      {"runs", {"id", "pipeline", "trigger", "status", "started_at", "ended_at", "summary"}},
      {"connector_state", {"scope", "key", "value", "updated_at"}},
      {"cache", {"scope", "key", "value", "expires_at"}},
      {"credentials", {"scope", "name", "value", "updated_at"}},
      {"leads",
       {"id", "crm_source", "crm_id", "name", "email", "phone_e164", "crm_owner", "crm_owner_email",
        "crm_status", "crm_stage", "crm_description", "crm_last_activity_at", "origin",
        "created_at", "updated_at"}},
  };
  testing::TempDir dir;
  const auto path = dir.file("t.db");
  open_sqlite_store(path).reset();
  for (const auto& [table, columns] : contract) {
    std::string sql = "SELECT name FROM pragma_table_info('" + table + "')";
    auto actual = testing::dump_rows(path, sql);
    for (const auto& c : columns)
      EXPECT_NE(std::find(actual.begin(), actual.end(), c), actual.end()) << table << "." << c;
  }
}

void exec_sql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

// A store written by a build before migration 4 (metrics a rowid table keyed by id, with the
// three secondary indexes of migrations 1 and 3) keeps every row, byte for byte, and works on.
TEST(OpenStore, MigrationFourClustersMetricsAndKeepsEveryRow) {
  testing::TempDir dir;
  const auto path = dir.file("t.db");
  auto unit = [](double ann_talk_minutes, std::int64_t now) {
    return testing::unit_write(
        "justcall", {"ann", "bob"}, {"phone_call_quantity", "talk_time_minutes"}, "2026-11-01",
        "2026-11-03",
        {testing::metric("ann", "phone_call_quantity", "2026-11-01", 4, {{"calls", 4}}),
         testing::metric("ann", "talk_time_minutes", "2026-11-02", ann_talk_minutes),
         testing::metric("bob", "phone_call_quantity", "2026-11-03", 1)},
        now);
  };
  open_sqlite_store(path)->commit_unit(unit(12.5, 1'700'000'000));
  exec_sql(path, R"sql(
    BEGIN;
    ALTER TABLE metrics RENAME TO metrics_v4;
    CREATE TABLE metrics (
      id TEXT PRIMARY KEY NOT NULL, user_id TEXT NOT NULL, type TEXT NOT NULL,
      date TEXT NOT NULL, source TEXT NOT NULL, value REAL NOT NULL,
      metadata TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    INSERT INTO metrics SELECT * FROM metrics_v4;
    DROP TABLE metrics_v4;
    CREATE INDEX metrics_user_date ON metrics(user_id, date);
    CREATE INDEX metrics_date ON metrics(date, user_id, type, source, value);
    CREATE INDEX metrics_source_user_type_date ON metrics(source, user_id, type, date, value);
    DELETE FROM schema_version WHERE version = 4;
    COMMIT;)sql");
  const auto before = testing::dump_table(path, "metrics");
  ASSERT_EQ(before.size(), 3u);
  ASSERT_EQ(testing::query_text(path, "SELECT MAX(version) FROM schema_version"), "3");

  auto store = open_sqlite_store(path);
  EXPECT_EQ(testing::query_text(path, "SELECT MAX(version) FROM schema_version"), "4");
  EXPECT_EQ(testing::dump_table(path, "metrics"), before);
  EXPECT_NE(testing::query_text(path, "SELECT sql FROM sqlite_master WHERE name = 'metrics'")
                .find("WITHOUT ROWID"),
            std::string::npos);
  EXPECT_EQ(testing::dump_rows(path,
                               "SELECT name || ':' || \"unique\" FROM pragma_index_list('metrics')"
                               " WHERE origin = 'c' ORDER BY name"),
            (std::vector<std::string>{"metrics_id:1", "metrics_user_date:0"}));
  EXPECT_EQ(testing::query_text(path, "SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                      "('metrics_date', 'metrics_source_user_type_date')"),
            "0");
  // The migrated table takes the same unit again as a no-op, and a changed day as an update.
  auto again = store->commit_unit(unit(13, 1'700'000'100));
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_EQ(again.updated, 1);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.deleted, 0);
}

}  // namespace
}  // namespace tributary::host
