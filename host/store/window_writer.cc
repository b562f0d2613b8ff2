#include "host/store/window_writer.h"

#include <boost/json/serialize.hpp>

#include "host/store/timestamps.h"

namespace tributary::host {

WindowWriter::WindowWriter(SqliteDb& db, const UnitWrite& write)
    : write_(write),
      now_(iso_utc(write.now_unix)),
      select_(db.statement(
          "SELECT date, value, metadata FROM metrics"
          " WHERE source = ?1 AND user_id = ?2 AND type = ?3 AND date BETWEEN ?4 AND ?5"
          " ORDER BY date")),
      insert_(db.statement(
          "INSERT INTO metrics(id, user_id, type, date, source, value, metadata, created_at,"
          " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)")),
      // By the table's key (source, user_id, type, date), not by id: one seek, no index.
      update_(db.statement(
          "UPDATE metrics SET value = ?5, metadata = ?6, updated_at = ?7"
          " WHERE source = ?1 AND user_id = ?2 AND type = ?3 AND date = ?4")),
      delete_(db.statement(
          "DELETE FROM metrics WHERE source = ?1 AND user_id = ?2 AND type = ?3 AND date = ?4")) {}

UnitWriteStats WindowWriter::replace(const CheckedUnit& unit) {
  // Every covered user x declared type, including groups with no new rows: their stored days
  // are no longer reported and go.
  for (std::size_t u = 0; u < unit.users.size(); ++u)
    for (std::size_t t = 0; t < unit.types.size(); ++t)
      replace_group(unit.users[u], unit.types[t], unit.group(u, t));
  return stats_;
}

void WindowWriter::replace_group(std::string_view user, std::string_view type, const Group& fresh) {
  load_group(user, type);
  std::size_t s = 0;
  for (const auto* record : fresh) {
    const auto& m = *record;
    while (s < stored_count_ && stored_[s].date < m.date) remove(user, type, stored_[s++].date);
    if (m.metadata.empty())
      metadata_.assign("{}");
    else
      metadata_ = boost::json::serialize(m.metadata);
    if (s == stored_count_ || stored_[s].date != m.date) {
      insert(m);
      continue;
    }
    // Unchanged rows are not written at all, so updated_at keeps saying when the vendor last
    // changed them and a re-run is a true no-op.
    if (stored_[s].value == m.value && stored_[s].metadata == metadata_)
      ++stats_.unchanged;
    else
      update(m);
    ++s;
  }
  while (s < stored_count_) remove(user, type, stored_[s++].date);
}

void WindowWriter::load_group(std::string_view user, std::string_view type) {
  select_.bind_ref(1, write_.source).bind_ref(2, user).bind_ref(3, type);
  select_.bind_ref(4, write_.window_start).bind_ref(5, write_.window_end);
  stored_count_ = 0;
  while (select_.step()) {
    if (stored_count_ == stored_.size()) stored_.emplace_back();
    auto& day = stored_[stored_count_++];
    day.date.assign(select_.text_view(0));
    day.value = select_.real(1);
    day.metadata.assign(select_.text_view(2));
  }
  select_.reset();
}

void WindowWriter::insert(const sdk::MetricRecord& m) {
  metric_id_into(id_, m.user_id, m.type, m.date, write_.source);
  insert_.bind_ref(1, id_).bind_ref(2, m.user_id).bind_ref(3, m.type).bind_ref(4, m.date);
  insert_.bind_ref(5, write_.source).bind(6, m.value).bind_ref(7, metadata_).bind_ref(8, now_);
  insert_.run();
  insert_.reset();
  ++stats_.inserted;
}

void WindowWriter::update(const sdk::MetricRecord& m) {
  update_.bind_ref(1, write_.source).bind_ref(2, m.user_id).bind_ref(3, m.type).bind_ref(4, m.date);
  update_.bind(5, m.value).bind_ref(6, metadata_).bind_ref(7, now_);
  update_.run();
  update_.reset();
  ++stats_.updated;
}

void WindowWriter::remove(std::string_view user, std::string_view type, std::string_view date) {
  delete_.bind_ref(1, write_.source).bind_ref(2, user).bind_ref(3, type).bind_ref(4, date).run();
  delete_.reset();
  ++stats_.deleted;
}

}  // namespace tributary::host
