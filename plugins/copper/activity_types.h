#pragma once
// Copper activity types: reading GET /activity_types (grouped {user:[...], system:[...]}) and
// resolving the config's type specs ("6", "system:6", "user:2160510", "Phone Call") to the
// account's (category, id) pairs. Ids of user types differ between accounts, which is why names
// are accepted and why an unknown spec fails with the account's own list.

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tributary/sdk/status.h"

namespace tributary::copper {

struct TypeKey {
  std::string category;  // "user" | "system"
  std::int64_t id = 0;
  auto operator<=>(const TypeKey&) const = default;
};

struct ActivityType {
  TypeKey key;
  std::string name;
  bool disabled = false;
};

// "Pipeline Stage Changed": a system type with a fixed id in every account.
inline const TypeKey kStageChangedType{"system", 3};

sdk::Result<std::vector<ActivityType>> parse_activity_types(std::string_view body);

// Resolves each spec of `config_key` against the account's types. A "category:id" spec the
// account does not list is accepted as written (system types are not always listed); a bare id
// or a name must match exactly one type.
sdk::Result<std::vector<ActivityType>> resolve_activity_types(
    const std::vector<std::string>& specs, const std::vector<ActivityType>& account_types,
    std::string_view config_key);

// For messages and `plugins check`: "user:2160510 Phone Call, system:6 Email (disabled)".
std::string describe_types(const std::vector<ActivityType>& types);
boost::json::array types_to_json(const std::vector<ActivityType>& types);

// The activity's type, or nullopt when it has none (a deleted stub).
std::optional<TypeKey> type_of_activity(const boost::json::value& activity);

}  // namespace tributary::copper
