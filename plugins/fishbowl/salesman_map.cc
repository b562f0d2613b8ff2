#include "plugins/fishbowl/salesman_map.h"

#include <charconv>

#include "plugins/fishbowl/value_parse.h"

namespace tributary::fishbowl {

using sdk::Status;

namespace {

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    auto comma = text.find(',');
    auto item = trim(text.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

std::string identity_of(const sdk::UserRef& user, const char* key) {
  auto it = user.identity.find(key);
  return it == user.identity.end() ? std::string() : it->second;
}

Status claim_name(SalesmanMap& map, const std::string& name, const std::string& user,
                  std::string_view source) {
  auto folded = fold(name);
  auto [it, inserted] = map.by_name.emplace(folded, user);
  if (inserted || it->second == user) return Status::success();
  return Status::config("fishbowl: salesman '" + name + "' maps to both user '" + it->second +
                        "' and user '" + user + "' (" + std::string(source) +
                        "); names are compared ignoring case and surrounding spaces, so keep "
                        "one of them");
}

// The user's own identities; a malformed salesman_id is a note for that user only.
Status add_identities(SalesmanMap& map, const sdk::UserRef& user, std::set<std::string>& mapped) {
  for (const auto& text : split_list(identity_of(user, kSalesmanIdIdentity))) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size()) {
      map.notes.push_back({user.id, Status::config("users.yaml identities.fishbowl.salesman_id '" +
                                                   text + "' of user '" + user.id +
                                                   "' is not a numeric Fishbowl user id")});
      return Status::success();
    }
    auto [it, inserted] = map.by_id.emplace(id, user.id);
    if (!inserted && it->second != user.id)
      return Status::config("fishbowl: users '" + it->second + "' and '" + user.id +
                            "' both have identities.fishbowl.salesman_id " + text +
                            " in users.yaml; one Fishbowl salesman can count for one user only");
    mapped.insert(user.id);
  }
  for (const auto& name : split_list(identity_of(user, kSalesmanIdentity))) {
    if (auto s = claim_name(map, name, user.id, "users.yaml identities.fishbowl.salesman"); !s)
      return s;
    mapped.insert(user.id);
  }
  return Status::success();
}

}  // namespace

sdk::Result<SalesmanMap> build_salesman_map(const std::vector<sdk::UserRef>& users,
                                            const CountingRules& rules) {
  SalesmanMap map;
  std::set<std::string> mapped;
  for (const auto& user : users) {
    map.unit_users.insert(user.id);
    if (auto s = add_identities(map, user, mapped); !s) return s;
  }
  for (const auto& [name, user] : rules.salesman_aliases) {
    if (auto s = claim_name(map, name, user, "salesman_aliases and users.yaml"); !s) return s;
    mapped.insert(user);
  }
  std::set<std::string> noted;
  for (const auto& n : map.notes) noted.insert(n.user_id);
  for (const auto& user : users) {
    if (noted.count(user.id)) continue;
    if (mapped.count(user.id)) {
      map.covered.push_back(user.id);
    } else {
      map.notes.push_back(
          {user.id, Status::not_found("no Fishbowl salesman maps to this user; set "
                                      "identities.fishbowl.salesman_id (or salesman) in "
                                      "users.yaml, or add them to salesman_aliases")});
    }
  }
  return map;
}

std::optional<std::string> user_for(const SalesmanMap& map, const Order& order) {
  if (order.salesman_id) {
    if (auto it = map.by_id.find(*order.salesman_id); it != map.by_id.end()) return it->second;
  }
  if (auto it = map.by_name.find(fold(order.salesman)); it != map.by_name.end()) return it->second;
  return std::nullopt;
}

}  // namespace tributary::fishbowl
