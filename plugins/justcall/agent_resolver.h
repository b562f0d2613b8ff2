#pragma once
// Finds the JustCall agent behind one of our users: the users.yaml identity wins, else the
// email is looked up in the account's user directory (cached for an hour, shared by every unit
// of the account, so a hundred users cost one directory walk, not a hundred).

#include <chrono>

#include "plugins/justcall/agent_directory.h"
#include "plugins/justcall/config.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/services.h"

namespace tributary::justcall {

inline constexpr const char* kDirectoryCacheKey = "users";
inline constexpr std::chrono::seconds kDirectoryTtl{3600};
// A user missing from a cached directory at least this old triggers one fresh walk, so a rep
// added to JustCall a few minutes ago is found without waiting out the hour.
inline constexpr std::chrono::seconds kRefreshOnMissAfter{600};

// Walks GET /v2.1/users to the end.
sdk::Result<AgentDirectory> fetch_directory(sdk::HostServices& host, const JustCallConfig& config);

// kNotFound when the email matches no JustCall user (the host skips the user with a warning);
// kConfig when the user has neither an email nor a usable identities.justcall.agent_id.
sdk::Result<Agent> resolve_agent(sdk::HostServices& host, const JustCallConfig& config,
                                 const sdk::UserRef& user);

}  // namespace tributary::justcall
