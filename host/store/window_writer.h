#pragma once
// Replaces one unit's window inside an open transaction, one (user, type) group at a time: the
// rows already stored are read in date order and merged with the new rows sorted the same way,
// so a million-row unit needs no per-row lookups beyond the writes themselves.

#include <string>
#include <string_view>
#include <vector>

#include "host/store/sqlite_db.h"
#include "host/store/store.h"
#include "host/store/unit_write_check.h"

namespace tributary::host {

class WindowWriter {
 public:
  WindowWriter(SqliteDb& db, const UnitWrite& write);
  // `unit` is what check_unit_write returned for the same write.
  UnitWriteStats replace(const CheckedUnit& unit);

 private:
  using Group = std::vector<const sdk::MetricRecord*>;
  struct StoredDay {
    std::string date;
    double value = 0;
    std::string metadata;
  };

  void replace_group(std::string_view user, std::string_view type, const Group& fresh);
  void load_group(std::string_view user, std::string_view type);
  void insert(const sdk::MetricRecord& m);
  void update(const sdk::MetricRecord& m);
  void remove(std::string_view user, std::string_view type, std::string_view date);

  const UnitWrite& write_;
  const std::string now_;
  Statement select_;
  Statement insert_;
  Statement update_;
  Statement delete_;
  std::vector<StoredDay> stored_;  // reused across groups; the first stored_count_ are live
  std::size_t stored_count_ = 0;
  std::string id_;        // reused id buffer
  std::string metadata_;  // the current row's metadata as JSON text
  UnitWriteStats stats_;
};

}  // namespace tributary::host
