#include <algorithm>
#include <map>

#include "host/config/map_reader.h"
#include "host/config/readers.h"
#include "host/core/did_you_mean.h"

namespace tributary::host {

namespace {

const std::vector<std::string> kUserKeys = {"id", "email", "name", "active", "identities"};

// identities: {plugin: {key: scalar}}; values stay strings (agent ids may be numbers or not).
void read_identities(MapReader& user, UserConfig& out) {
  auto plugins = user.mapping("identities", "'identities' of " + user.what());
  plugins.check_unique_keys();
  for (const auto& plugin : plugins.entries()) {
    MapReader keys(user.ctx(), plugin.value, "'identities." + plugin.key + "' of " + user.what(),
                   user.ctx().at(plugin.key_node));
    keys.check_unique_keys();
    auto& identity = out.identities[plugin.key];
    for (const auto& key : keys.entries()) {
      if (auto value = keys.text(key.key)) identity[key.key] = *value;
    }
  }
}

std::optional<UserConfig> read_user(FileContext& ctx, const YAML::Node& node, std::size_t index,
                                    const SourceLocation& list_where) {
  MapReader map(ctx, node, "user #" + std::to_string(index), ctx.at(node, list_where));
  if (!map.is_mapping()) return std::nullopt;
  UserConfig user;
  user.where = map.where();
  auto id = map.plain_name("id", "user id", Need::kRequired);
  if (id) {
    map.rename("user '" + *id + "'");
    user.id = *id;
  }
  map.check_keys(kUserKeys);
  if (auto email = map.text("email", Need::kRequired)) {
    if (email->find('@') == std::string::npos) {
      ctx.error(map.value_at("email"),
                "expected an email address for 'email', got '" + *email + "'");
    }
    user.email = *email;
  }
  if (auto name = map.text("name")) user.name = *name;
  if (auto active = map.boolean("active")) user.active = *active;
  read_identities(map, user);
  return user;
}

}  // namespace

std::vector<UserConfig> read_users(FileContext& ctx, const YAML::Node& root_node) {
  MapReader root(ctx, root_node, ctx.relative(), {ctx.path(), 1, 1});
  root.check_keys({"users"});
  std::vector<UserConfig> users;
  const auto* list = root.list("users", "users");
  if (list == nullptr) return users;
  std::map<std::string, SourceLocation> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto user = read_user(ctx, (*list)[i], i + 1, root.value_at("users"));
    if (!user) continue;
    if (!user->id.empty()) {
      auto [it, inserted] = seen.emplace(user->id, user->where);
      if (!inserted) {
        ctx.error(user->where, "duplicate user id '" + user->id + "'; it is first defined at " +
                                   it->second.to_string());
        continue;
      }
    }
    users.push_back(std::move(*user));
  }
  return users;
}

bool KnownUsers::require(FileContext& ctx, const SourceLocation& where, const std::string& id,
                         const std::string& context, const std::string& hint) const {
  if (!checked || std::find(ids.begin(), ids.end(), id) != ids.end()) return true;
  ctx.error(where, "unknown user '" + id + "' in " + context + did_you_mean(id, ids) + "; " + hint);
  return false;
}

}  // namespace tributary::host
