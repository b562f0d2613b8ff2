#include "plugins/copper/user_directory.h"

#include <boost/json.hpp>
#include <map>

#include "plugins/copper/text.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

constexpr const char* kIdentityKey = "user_id";

std::optional<std::string> override_of(const sdk::UserRef& user) {
  auto it = user.identity.find(kIdentityKey);
  if (it == user.identity.end() || trim(it->second).empty()) return std::nullopt;
  return std::string(trim(it->second));
}

std::string email_of(std::int64_t id, const UserDirectory* directory) {
  if (!directory) return {};
  for (const auto& [email, copper_id] : *directory) {
    if (copper_id == id) return email;
  }
  return {};
}

std::string no_account_message(const sdk::UserRef& user) {
  return "user '" + user.id + "' (" + (user.email.empty() ? "no email" : user.email) +
         ") has no Copper account: no Copper user has that email; skipped. Add the user in "
         "Copper or set identities.copper.user_id in users.yaml";
}

// Two of our users on one Copper id would count its activity twice: neither is covered.
void drop_shared_ids(UserResolution& r) {
  std::map<std::int64_t, std::vector<std::string>> by_id;
  for (const auto& u : r.resolved) by_id[u.copper_id].push_back(u.user_id);
  std::vector<ResolvedUser> kept;
  for (auto& u : r.resolved) {
    const auto& owners = by_id[u.copper_id];
    if (owners.size() == 1) {
      kept.push_back(std::move(u));
      continue;
    }
    std::string names;
    for (const auto& o : owners) names += (names.empty() ? "" : ", ") + o;
    r.notes.push_back({u.user_id, sdk::Status::config(
                                      "users " + names + " all resolve to Copper user " +
                                      std::to_string(u.copper_id) +
                                      "; none of them is synced until identities.copper.user_id "
                                      "or their emails tell them apart")});
  }
  r.resolved = std::move(kept);
}

sdk::FailureKind kind_from_text(std::string_view text) {
  return text == "config" ? sdk::FailureKind::kConfig : sdk::FailureKind::kNotFound;
}

}  // namespace

void add_users(const json::array& users, UserDirectory& directory) {
  for (const auto& v : users) {
    auto id = sdk::get_int(v, "id");
    auto email = sdk::get_string(v, "email");
    if (!id || !email || trim(*email).empty()) continue;
    auto [it, inserted] = directory.emplace(lower(trim(*email)), *id);
    if (!inserted && *id < it->second) it->second = *id;
  }
}

sdk::Status add_users_page(std::string_view body, UserDirectory& directory) {
  auto parsed = sdk::parse_json(body, "copper POST /users/search");
  if (!parsed) return parsed.status();
  const auto* arr = parsed->if_array();
  if (!arr) return sdk::Status::data("copper POST /users/search: expected a JSON array of users");
  add_users(*arr, directory);
  return sdk::Status::success();
}

std::string directory_to_text(const UserDirectory& directory) {
  json::object o;
  for (const auto& [email, id] : directory) o[email] = id;
  return json::serialize(o);
}

std::optional<UserDirectory> directory_from_text(std::string_view text) {
  auto parsed = sdk::parse_json(text, "cached copper user directory");
  if (!parsed || !parsed->is_object()) return std::nullopt;
  UserDirectory out;
  for (const auto& [email, id] : parsed->get_object()) {
    auto n = sdk::get_int(id, "");
    if (!n) return std::nullopt;
    out[std::string(email)] = *n;
  }
  return out;
}

bool needs_directory(const std::vector<sdk::UserRef>& users) {
  for (const auto& u : users) {
    if (!override_of(u)) return true;
  }
  return false;
}

UserResolution resolve_users(const std::vector<sdk::UserRef>& users, const UserDirectory* directory) {
  UserResolution r;
  for (const auto& u : users) {
    if (auto text = override_of(u)) {
      auto id = parse_int64(*text);
      if (!id || *id <= 0) {
        r.notes.push_back({u.id, sdk::Status::config("user '" + u.id +
                                                     "': identities.copper.user_id is '" + *text +
                                                     "'; expected a Copper user id (a number)")});
        continue;
      }
      r.resolved.push_back({u.id, *id, email_of(*id, directory), "override"});
      continue;
    }
    auto found = directory ? directory->find(lower(trim(u.email))) : UserDirectory::const_iterator{};
    if (!directory || u.email.empty() || found == directory->end()) {
      r.notes.push_back({u.id, sdk::Status::not_found(no_account_message(u))});
      continue;
    }
    r.resolved.push_back({u.id, found->second, found->first, "directory"});
  }
  drop_shared_ids(r);
  return r;
}

json::object resolution_to_context(const UserResolution& resolution) {
  json::object users;
  for (const auto& u : resolution.resolved) {
    users[u.user_id] = {{"copper_user_id", u.copper_id}, {"copper_email", u.copper_email},
                        {"via", u.via}};
  }
  json::object notes;
  for (const auto& n : resolution.notes) {
    notes[n.user_id] = {{"kind", std::string(sdk::to_string(n.status.kind()))},
                        {"message", n.status.message()}};
  }
  return {{"users", std::move(users)}, {"unresolved", std::move(notes)}};
}

sdk::Result<UserResolution> resolution_from_context(const std::vector<sdk::UserRef>& users,
                                                    const json::object& context) {
  // Looked up key by key: our user ids may contain dots, which find_path would split on.
  auto member = [&](std::string_view group, const std::string& id) -> const json::object* {
    const auto* g = context.if_contains(group);
    const auto* v = g && g->is_object() ? g->get_object().if_contains(id) : nullptr;
    return v ? v->if_object() : nullptr;
  };
  UserResolution r;
  for (const auto& u : users) {
    if (const auto* resolved = member("users", u.id)) {
      json::value v(*resolved);
      auto id = sdk::get_int(v, "copper_user_id");
      if (!id) return sdk::Status::internal("copper: fetch context for user '" + u.id + "' has no copper_user_id");
      r.resolved.push_back({u.id, *id, sdk::get_string(v, "copper_email").value_or(""),
                            sdk::get_string(v, "via").value_or("")});
    } else if (const auto* note = member("unresolved", u.id)) {
      json::value v(*note);
      auto kind = kind_from_text(sdk::get_string(v, "kind").value_or(""));
      r.notes.push_back({u.id, sdk::Status(kind, sdk::get_string(v, "message").value_or(""))});
    } else {
      return sdk::Status::internal("copper: fetch did not resolve user '" + u.id +
                                   "' (FetchResult.context.users lacks it)");
    }
  }
  return r;
}

}  // namespace tributary::copper
