#include "host/store/sqlite_store.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <set>

#include "host/store/sqlite_schema.h"
#include "host/store/timestamps.h"

namespace tributary::host {

namespace {

std::int64_t wall_clock_unix() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string identities_json(const UserConfig& user) {
  boost::json::object out;
  for (const auto& [plugin, keys] : user.identities) {
    boost::json::object o;
    for (const auto& [k, v] : keys) o[k] = v;
    out[plugin] = std::move(o);
  }
  return boost::json::serialize(out);
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path) : db_(path) {}

void SqliteStore::migrate() {
  // applied_at is a note for people, not data any logic reads, so the wall clock is fine here.
  locked("migrating the SQLite store", [&] { migrate_sqlite_schema(db_, wall_clock_unix()); });
}

void SqliteStore::sync_users(const std::vector<UserConfig>& users, std::int64_t now_unix) {
  locked("syncing users", [&] {
    Transaction tx(db_);
    const std::string now = iso_utc(now_unix);
    auto upsert = db_.statement(
        "INSERT INTO users(id, email, name, active, identities, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
        " ON CONFLICT(id) DO UPDATE SET email = excluded.email, name = excluded.name,"
        " active = excluded.active, identities = excluded.identities,"
        " updated_at = excluded.updated_at"
        " WHERE email IS NOT excluded.email OR name IS NOT excluded.name"
        " OR active IS NOT excluded.active OR identities IS NOT excluded.identities");
    std::set<std::string> configured;
    for (const auto& u : users) {
      configured.insert(u.id);
      upsert.bind(1, u.id).bind(2, u.email).bind(3, u.name).bind(4, u.active ? 1 : 0);
      upsert.bind(5, identities_json(u)).bind(6, now);
      upsert.run();
      upsert.reset();
    }
    // Users dropped from users.yaml stay as inactive rows so their history keeps a name.
    auto deactivate = db_.statement("UPDATE users SET active = 0, updated_at = ?2 WHERE id = ?1");
    for (const auto& id : db_.texts("SELECT id FROM users WHERE active = 1")) {
      if (configured.count(id)) continue;
      deactivate.bind_ref(1, id).bind_ref(2, now).run();
      deactivate.reset();
    }
    tx.commit();
  });
}

}  // namespace tributary::host
