// Connector state (cursors), the lookup cache and rotated credentials: small keyed rows.
#include "host/store/sqlite_store.h"
#include "host/store/timestamps.h"

namespace tributary::host {

namespace {

std::optional<std::string> first_text(Statement& st) {
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

}  // namespace

void SqliteStore::write_state(const std::string& scope,
                              const std::map<std::string, std::string>& state,
                              const std::string& now_iso) {
  auto upsert = db_.statement(
      "INSERT INTO connector_state(scope, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)"
      " ON CONFLICT(scope, key) DO UPDATE SET value = excluded.value,"
      " updated_at = excluded.updated_at WHERE value IS NOT excluded.value");
  for (const auto& [key, value] : state) {
    upsert.bind_ref(1, scope).bind_ref(2, key).bind_ref(3, value).bind_ref(4, now_iso).run();
    upsert.reset();
  }
}

std::optional<std::string> SqliteStore::get_state(const std::string& scope,
                                                  const std::string& key) {
  return locked("reading connector state", [&] {
    auto st = db_.statement("SELECT value FROM connector_state WHERE scope = ?1 AND key = ?2");
    st.bind_ref(1, scope).bind_ref(2, key);
    return first_text(st);
  });
}

std::optional<std::string> SqliteStore::cache_get(const std::string& scope, const std::string& key,
                                                  std::int64_t now_unix) {
  return locked("reading the cache", [&] {
    const std::string now = iso_utc(now_unix);
    auto st =
        db_.statement("SELECT value FROM cache WHERE scope = ?1 AND key = ?2 AND expires_at > ?3");
    st.bind_ref(1, scope).bind_ref(2, key).bind_ref(3, now);
    return first_text(st);
  });
}

void SqliteStore::cache_put(const std::string& scope, const std::string& key,
                            const std::string& value, std::int64_t expires_at_unix) {
  locked("writing the cache", [&] {
    const std::string expires = iso_utc(expires_at_unix);
    db_.statement(
           "INSERT INTO cache(scope, key, value, expires_at) VALUES (?1, ?2, ?3, ?4)"
           " ON CONFLICT(scope, key) DO UPDATE SET value = excluded.value,"
           " expires_at = excluded.expires_at")
        .bind_ref(1, scope)
        .bind_ref(2, key)
        .bind_ref(3, value)
        .bind_ref(4, expires)
        .run();
  });
}

std::optional<std::string> SqliteStore::credential_get(const std::string& scope,
                                                       const std::string& name) {
  return locked("reading a credential", [&] {
    auto st = db_.statement("SELECT value FROM credentials WHERE scope = ?1 AND name = ?2");
    st.bind_ref(1, scope).bind_ref(2, name);
    return first_text(st);
  });
}

void SqliteStore::credential_put(const std::string& scope, const std::string& name,
                                 const std::string& value, std::int64_t now_unix) {
  // Autocommit: a rotated refresh token must survive even if the unit that got it fails later.
  locked("writing a credential", [&] {
    const std::string now = iso_utc(now_unix);
    db_.statement(
           "INSERT INTO credentials(scope, name, value, updated_at) VALUES (?1, ?2, ?3, ?4)"
           " ON CONFLICT(scope, name) DO UPDATE SET value = excluded.value,"
           " updated_at = excluded.updated_at")
        .bind_ref(1, scope)
        .bind_ref(2, name)
        .bind_ref(3, value)
        .bind_ref(4, now)
        .run();
  });
}

}  // namespace tributary::host
