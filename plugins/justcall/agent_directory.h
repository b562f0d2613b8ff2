#pragma once
// The account's JustCall users as far as we need them: id, email and time zone. Built from
// `GET /v2.1/users` pages and kept in the host cache as JSON text.

#include <boost/json/array.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tributary::justcall {

struct Agent {
  std::string id;
  std::string email;     // lower-cased and trimmed; empty when JustCall has none
  std::string timezone;  // IANA name as JustCall reports it; empty when unknown
};

struct AgentDirectory {
  std::vector<Agent> agents;    // in the order JustCall listed them
  int users_checked = 0;        // every user row seen, with or without an id or email
  std::int64_t fetched_at = 0;  // unix seconds, from the host clock

  // Case-insensitive and ignoring surrounding spaces: JustCall keeps emails as typed ("Derek@").
  const Agent* find_by_email(std::string_view email) const;
  const Agent* find_by_id(std::string_view id) const;
};

// Adds one page's user objects; rows without an id are counted but cannot be matched.
void add_users(AgentDirectory& directory, const boost::json::array& users);

std::string normalize_email(std::string_view email);

std::string to_cache_text(const AgentDirectory& directory);
// nullopt when the text is not a directory this version wrote (the caller refetches).
std::optional<AgentDirectory> from_cache_text(std::string_view text);

}  // namespace tributary::justcall
