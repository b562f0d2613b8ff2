#pragma once
// Salesman on an order -> our user. First the order's salesmanId against users.yaml
// `identities.fishbowl.salesman_id` (ids survive renames); then the salesman text (a username
// such as "jdoe" or initials such as "JD"), trimmed and case-insensitive, against users.yaml
// `identities.fishbowl.salesman` and the connector's salesman_aliases. Either identity may list
// several values separated by commas (a rep with an old and a new Fishbowl account).

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/order.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::fishbowl {

struct SalesmanMap {
  std::map<std::int64_t, std::string> by_id;
  std::map<std::string, std::string> by_name;  // folded text -> user id
  std::set<std::string> unit_users;            // everyone in the unit
  std::vector<std::string> covered;            // unit users something maps to, in unit order
  std::vector<sdk::UserNote> notes;            // unit users nothing maps to, and bad identities
};

// kConfig when two users claim the same salesman id or name (or an alias contradicts an
// identity): counting the sale for either would be a guess.
sdk::Result<SalesmanMap> build_salesman_map(const std::vector<sdk::UserRef>& users,
                                            const CountingRules& rules);

// Our user id for the order, whether or not that user is in the unit; nullopt when unmapped.
std::optional<std::string> user_for(const SalesmanMap& map, const Order& order);

}  // namespace tributary::fishbowl
