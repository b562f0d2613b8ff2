#include "host/store/unit_write_check.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out.empty() ? "(none)" : out;
}

void check_envelope(const UnitWrite& w) {
  if (w.source.empty()) throw StoreError("unit write has no source; it names the connector plugin");
  if (!w.state.empty() && w.state_scope.empty())
    throw StoreError("unit write from '" + w.source + "' has state but no state_scope");
  if (w.covered_users.empty() && w.metrics.empty()) return;  // a state-only write needs no window
  if (!sdk::is_valid_date(w.window_start) || !sdk::is_valid_date(w.window_end) ||
      w.window_start > w.window_end)
    throw StoreError("unit write from '" + w.source + "' has window '" + w.window_start + "'..'" +
                     w.window_end + "'; expected two YYYY-MM-DD dates, start <= end");
}

std::string describe(const UnitWrite& w, const sdk::MetricRecord& m) {
  return "metric from '" + w.source + "' for user '" + m.user_id + "', type '" + m.type +
         "', date '" + m.date + "'";
}

// Each distinct item once, in first-seen order, and its index.
std::unordered_map<std::string_view, std::size_t> index_of(const std::vector<std::string>& items,
                                                           std::vector<std::string_view>& unique) {
  std::unordered_map<std::string_view, std::size_t> index;
  for (const auto& item : items)
    if (index.try_emplace(item, unique.size()).second) unique.push_back(item);
  return index;
}

void sort_by_date(const UnitWrite& w, std::vector<const sdk::MetricRecord*>& group) {
  auto by_date = [](auto* a, auto* b) { return a->date < b->date; };
  // Connectors usually emit days in order already; sorting only when needed keeps big units fast.
  if (!std::is_sorted(group.begin(), group.end(), by_date))
    std::sort(group.begin(), group.end(), by_date);
  auto dup = std::adjacent_find(group.begin(), group.end(),
                                [](auto* a, auto* b) { return a->date == b->date; });
  if (dup != group.end())
    throw StoreError(describe(w, **dup) +
                     ": emitted twice; a unit emits one record per user, type and day");
}

}  // namespace

void metric_id_into(std::string& out, std::string_view user_id, std::string_view type,
                    std::string_view date, std::string_view source) {
  out.clear();
  out.append(user_id).append("_").append(type).append("_").append(date).append("_").append(source);
}

std::string metric_id(std::string_view user_id, std::string_view type, std::string_view date,
                      std::string_view source) {
  std::string id;
  metric_id_into(id, user_id, type, date, source);
  return id;
}

CheckedUnit check_unit_write(const UnitWrite& w) {
  check_envelope(w);
  CheckedUnit unit;
  const auto users = index_of(w.covered_users, unit.users);
  const auto types = index_of(w.metric_types, unit.types);
  unit.groups.resize(unit.users.size() * unit.types.size());
  for (const auto& m : w.metrics) {
    auto user = users.find(m.user_id);
    if (user == users.end())
      throw StoreError(describe(w, m) + ": the user is not among the unit's covered users (" +
                       join(w.covered_users) + ")");
    auto type = types.find(m.type);
    if (type == types.end())
      throw StoreError(describe(w, m) + ": the type is not among the unit's metric types (" +
                       join(w.metric_types) + ")");
    if (!sdk::is_valid_date(m.date) || m.date < w.window_start || m.date > w.window_end)
      throw StoreError(describe(w, m) + ": the date must be a YYYY-MM-DD day inside the window " +
                       w.window_start + ".." + w.window_end);
    if (!std::isfinite(m.value))
      throw StoreError(describe(w, m) + ": the value is not a finite number");
    unit.groups[user->second * unit.types.size() + type->second].push_back(&m);
  }
  for (auto& group : unit.groups) sort_by_date(w, group);
  return unit;
}

}  // namespace tributary::host
