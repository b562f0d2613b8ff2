#include <filesystem>
#include <system_error>

#include "host/store/sqlite_store.h"
#include "host/store/store.h"

namespace tributary::host {

StorePtr open_sqlite_store(const std::string& path) {
  if (path.empty())
    throw StoreError("the SQLite store has no path; set store.path in tributary.yaml");
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec)
      throw StoreError("cannot create the directory '" + parent.string() +
                       "' for the SQLite store '" + path + "': " + ec.message());
  }
  auto store = std::make_unique<SqliteStore>(path);
  store->migrate();
  return store;
}

StorePtr open_store(const StoreSettings& settings) {
  if (settings.driver == "sqlite") return open_sqlite_store(settings.path);
  if (settings.driver == "postgres") throw StoreError("PostgreSQL store not built yet");
  throw StoreError("unknown store driver '" + settings.driver +
                   "'; store.driver must be 'sqlite' or 'postgres'");
}

}  // namespace tributary::host
