#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "host/store/store.h"
#include "tests/store/sqlite_dump.h"
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
  EXPECT_EQ(testing::query_text(s.path, "SELECT MAX(version) FROM schema_version"), "3");
}

TEST(OpenStore, ReopeningDoesNotMigrateAgain) {
  testing::TempDir dir;
  const auto path = dir.file("t.db");
  open_sqlite_store(path).reset();
  open_sqlite_store(path).reset();
  EXPECT_EQ(testing::dump_table(path, "schema_version").size(), 3u);  // migrations 1 to 3, once
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
    EXPECT_NE(std::string(e.what()).find("schema version 99, newer than this build knows (3)"),
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

}  // namespace
}  // namespace tributary::host
