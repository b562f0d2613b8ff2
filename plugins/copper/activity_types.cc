#include "plugins/copper/activity_types.h"

#include <algorithm>
#include <boost/json.hpp>

#include "plugins/copper/text.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

std::optional<ActivityType> read_type(const json::value& v, std::string_view group) {
  auto id = sdk::get_int(v, "id");
  if (!id) return std::nullopt;
  ActivityType t;
  t.key.id = *id;
  t.key.category = sdk::get_string(v, "category").value_or(std::string(group));
  t.name = sdk::get_string(v, "name").value_or("");
  t.disabled = sdk::get_bool(v, "is_disabled").value_or(false);
  return t;
}

sdk::Status not_listed(std::string_view spec, std::string_view config_key,
                       const std::vector<ActivityType>& account_types) {
  return sdk::Status::config("copper: '" + std::string(config_key) + "' names activity type '" +
                             std::string(spec) +
                             "', which this account's /activity_types does not have; it has: " +
                             describe_types(account_types));
}

sdk::Status ambiguous(std::string_view spec, std::string_view config_key,
                      const std::vector<ActivityType>& matches) {
  return sdk::Status::config("copper: '" + std::string(config_key) + "' entry '" +
                             std::string(spec) + "' matches several activity types (" +
                             describe_types(matches) + "); write it as category:id, e.g. '" +
                             matches.front().key.category + ":" +
                             std::to_string(matches.front().key.id) + "'");
}

// A spec "category:id" split, or nullopt when it is not of that form.
std::optional<TypeKey> qualified(std::string_view spec) {
  auto colon = spec.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto category = lower(trim(spec.substr(0, colon)));
  auto id = parse_int64(trim(spec.substr(colon + 1)));
  if ((category != "user" && category != "system") || !id) return std::nullopt;
  return TypeKey{category, *id};
}

sdk::Result<ActivityType> resolve_one(std::string_view spec,
                                      const std::vector<ActivityType>& account_types,
                                      std::string_view config_key) {
  if (auto key = qualified(spec)) {
    for (const auto& t : account_types) {
      if (t.key == *key) return t;
    }
    return ActivityType{*key, "", false};
  }
  std::vector<ActivityType> matches;
  if (auto id = parse_int64(spec)) {
    for (const auto& t : account_types) {
      if (t.key.id == *id) matches.push_back(t);
    }
  } else {
    auto wanted = lower(spec);
    for (const auto& t : account_types) {
      if (lower(t.name) == wanted) matches.push_back(t);
    }
    // A renamed-and-disabled type may share its old name with the live one: prefer live ones.
    if (std::any_of(matches.begin(), matches.end(), [](const auto& t) { return !t.disabled; }))
      std::erase_if(matches, [](const auto& t) { return t.disabled; });
  }
  if (matches.empty()) return not_listed(spec, config_key, account_types);
  if (matches.size() > 1) return ambiguous(spec, config_key, matches);
  return matches.front();
}

}  // namespace

sdk::Result<std::vector<ActivityType>> parse_activity_types(std::string_view body) {
  auto parsed = sdk::parse_json(body, "copper GET /activity_types");
  if (!parsed) return parsed.status();
  std::vector<ActivityType> out;
  auto add_group = [&](const json::value& group, std::string_view name) {
    if (const auto* arr = group.if_array()) {
      for (const auto& v : *arr) {
        if (auto t = read_type(v, name)) out.push_back(std::move(*t));
      }
    }
  };
  if (const auto* obj = parsed->if_object()) {
    for (const auto& [name, group] : *obj) add_group(group, name);
  } else if (parsed->is_array()) {
    add_group(*parsed, "user");
  } else {
    return sdk::Status::data("copper GET /activity_types: expected {\"user\":[...],\"system\":[...]}");
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return out;
}

sdk::Result<std::vector<ActivityType>> resolve_activity_types(
    const std::vector<std::string>& specs, const std::vector<ActivityType>& account_types,
    std::string_view config_key) {
  std::vector<ActivityType> out;
  for (const auto& spec : specs) {
    auto t = resolve_one(trim(spec), account_types, config_key);
    if (!t) return t.status();
    bool seen = std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.key == t->key; });
    if (!seen) out.push_back(std::move(*t));
  }
  return out;
}

std::string describe_types(const std::vector<ActivityType>& types) {
  std::string out;
  for (const auto& t : types) {
    if (!out.empty()) out += ", ";
    out += t.key.category + ":" + std::to_string(t.key.id);
    if (!t.name.empty()) out += " " + t.name;
    if (t.disabled) out += " (disabled)";
  }
  return out.empty() ? "(none)" : out;
}

json::array types_to_json(const std::vector<ActivityType>& types) {
  json::array arr;
  for (const auto& t : types) {
    arr.push_back({{"id", t.key.id}, {"category", t.key.category}, {"name", t.name},
                   {"disabled", t.disabled}});
  }
  return arr;
}

std::optional<TypeKey> type_of_activity(const json::value& activity) {
  auto id = sdk::get_int(activity, "type.id");
  auto category = sdk::get_string(activity, "type.category");
  if (!id || !category) return std::nullopt;
  return TypeKey{*category, *id};
}

}  // namespace tributary::copper
