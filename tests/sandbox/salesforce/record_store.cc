#include "tests/sandbox/salesforce/record_store.h"

#include <algorithm>

#include "tests/sandbox/salesforce/record_generator.h"

namespace tributary::sandbox::salesforce {

RecordStore::RecordStore(const DatasetOptions& dataset, std::int64_t contacts, std::int64_t leads)
    : users_(make_users(dataset)),
      contacts_(make_records(dataset, "Contact", contacts, users_.size())),
      leads_(make_records(dataset, "Lead", leads, users_.size())) {}

std::vector<Record> RecordStore::all() const {
  std::lock_guard lock(mutex_);
  auto out = contacts_;
  out.insert(out.end(), leads_.begin(), leads_.end());
  return out;
}

std::vector<Record>& RecordStore::of(const std::string& object) {
  return object == "Lead" ? leads_ : contacts_;
}

QueryResult RecordStore::run(const SoqlQuery& query, std::size_t batch) {
  std::lock_guard lock(mutex_);
  QueryResult result;
  result.fields = query.fields;
  for (const auto& r : of(query.object)) {
    if (!query.where || matches(*query.where, r)) result.records.push_back(r);
  }
  std::stable_sort(result.records.begin(), result.records.end(),
                   [&](const Record& a, const Record& b) { return compare(query, a, b) < 0; });
  if (query.limit && result.records.size() > static_cast<std::size_t>(*query.limit))
    result.records.resize(static_cast<std::size_t>(*query.limit));
  if (result.records.size() > batch) {
    char locator[24];
    std::snprintf(locator, sizeof locator, "01gSB%010lld", static_cast<long long>(next_locator_++));
    result.locator = locator;
    cursors_[result.locator] = result;
  }
  return result;
}

std::optional<QueryResult> RecordStore::cursor(const std::string& locator) const {
  std::lock_guard lock(mutex_);
  auto it = cursors_.find(locator);
  if (it == cursors_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> RecordStore::touch(const TouchRequest& request, std::int64_t now_s) {
  std::lock_guard lock(mutex_);
  std::vector<std::string> ids;
  for (auto& r : of(request.object)) {
    if (static_cast<std::int64_t>(ids.size()) == request.count) break;
    if (r.id < request.first_id) continue;
    change_fields(r);
    r.modstamp_s = now_s;
    ids.push_back(r.id);
  }
  return ids;
}

Record RecordStore::add(std::string object, crm::Person person, std::int64_t now_s) {
  std::lock_guard lock(mutex_);
  auto& list = of(object);
  Record r;
  r.object = std::move(object);
  r.id = record_id(r.object == "Lead" ? "00Q" : "003", static_cast<std::int64_t>(list.size()) + 1);
  r.person = std::move(person);
  r.modstamp_s = now_s;
  if (r.object == "Lead") {
    r.status = "Open - Not Contacted";
    r.company = "Walk-in";
  }
  list.push_back(r);
  return r;
}

}  // namespace tributary::sandbox::salesforce
