#include "plugins/justcall/agent_directory.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cctype>

#include "tributary/sdk/json.h"

namespace tributary::justcall {

namespace json = boost::json;

namespace {
constexpr int kCacheFormat = 1;
}  // namespace

std::string normalize_email(std::string_view email) {
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.front())))
    email.remove_prefix(1);
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.back())))
    email.remove_suffix(1);
  std::string out(email);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const Agent* AgentDirectory::find_by_email(std::string_view email) const {
  auto wanted = normalize_email(email);
  if (wanted.empty()) return nullptr;
  for (const auto& a : agents) {
    if (a.email == wanted) return &a;
  }
  return nullptr;
}

const Agent* AgentDirectory::find_by_id(std::string_view id) const {
  for (const auto& a : agents) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

void add_users(AgentDirectory& directory, const json::array& users) {
  for (const auto& user : users) {
    ++directory.users_checked;
    auto id = sdk::get_string(user, "id");
    if (!id || id->empty()) continue;
    directory.agents.push_back({*id, normalize_email(sdk::get_string(user, "email").value_or("")),
                                sdk::get_string(user, "timezone").value_or("")});
  }
}

std::string to_cache_text(const AgentDirectory& directory) {
  json::array agents;
  for (const auto& a : directory.agents) {
    agents.push_back(json::object{{"id", a.id}, {"email", a.email}, {"timezone", a.timezone}});
  }
  return json::serialize(json::object{{"format", kCacheFormat},
                                      {"fetched_at", directory.fetched_at},
                                      {"users_checked", directory.users_checked},
                                      {"agents", std::move(agents)}});
}

std::optional<AgentDirectory> from_cache_text(std::string_view text) {
  auto parsed = sdk::parse_json(text, "cached JustCall users");
  if (!parsed || sdk::get_int(*parsed, "format") != kCacheFormat) return std::nullopt;
  const auto* agents = sdk::find_path(*parsed, "agents");
  if (!agents || !agents->is_array()) return std::nullopt;
  AgentDirectory out;
  out.fetched_at = sdk::get_int(*parsed, "fetched_at").value_or(0);
  out.users_checked = static_cast<int>(sdk::get_int(*parsed, "users_checked").value_or(0));
  for (const auto& a : agents->get_array()) {
    auto id = sdk::get_string(a, "id");
    if (!id) return std::nullopt;
    out.agents.push_back({*id, sdk::get_string(a, "email").value_or(""),
                          sdk::get_string(a, "timezone").value_or("")});
  }
  return out;
}

}  // namespace tributary::justcall
