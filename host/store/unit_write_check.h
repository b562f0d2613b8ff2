#pragma once
// Checks a UnitWrite before any row is touched. A metric for a user the unit does not cover, of a
// type it did not declare, or dated outside its window is a connector bug: the whole unit is
// refused so it can never half-apply.

#include <string>
#include <string_view>
#include <vector>

#include "host/store/store.h"

namespace tributary::host {

// {user_id}_{type}_{YYYY-MM-DD}_{source}: the original system's ids, kept for dashboards.
std::string metric_id(std::string_view user_id, std::string_view type, std::string_view date,
                      std::string_view source);
// The same into a reused buffer, for hot loops.
void metric_id_into(std::string& out, std::string_view user_id, std::string_view type,
                    std::string_view date, std::string_view source);

// A checked unit's metrics (pointers into the UnitWrite) grouped by covered user and declared
// type, each group sorted by date.
struct CheckedUnit {
  std::vector<std::string_view> users;  // covered users, each once
  std::vector<std::string_view> types;  // declared types, each once
  std::vector<std::vector<const sdk::MetricRecord*>>
      groups;  // [user_index * types.size() + type_index]

  const std::vector<const sdk::MetricRecord*>& group(std::size_t user, std::size_t type) const {
    return groups[user * types.size() + type];
  }
};

// The unit grouped for writing, or StoreError naming the first offending record and what would
// be right.
CheckedUnit check_unit_write(const UnitWrite& write);

}  // namespace tributary::host
