#pragma once
// Numbered migrations for the SQLite store. A database records every migration it has applied
// in `schema_version`; a database newer than this build is refused rather than guessed at.

#include <cstdint>

namespace tributary::host {

class SqliteDb;

// The newest schema version this build knows.
int sqlite_schema_latest_version();

// Applies every pending migration in one transaction (all or none). `now_unix` stamps applied_at.
void migrate_sqlite_schema(SqliteDb& db, std::int64_t now_unix);

}  // namespace tributary::host
