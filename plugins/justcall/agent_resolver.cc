#include "plugins/justcall/agent_resolver.h"

#include <algorithm>
#include <cctype>

#include "plugins/justcall/paging.h"

namespace tributary::justcall {

using sdk::Status;

namespace {

std::int64_t now_unix(sdk::HostServices& host) {
  return std::chrono::duration_cast<std::chrono::seconds>(host.clock().now().time_since_epoch())
      .count();
}

sdk::Result<AgentDirectory> fetch_and_cache(sdk::HostServices& host, const JustCallConfig& config) {
  auto directory = fetch_directory(host, config);
  if (!directory) return directory;
  directory->fetched_at = now_unix(host);
  if (auto put = host.cache().put(kDirectoryCacheKey, to_cache_text(*directory), kDirectoryTtl);
      !put) {
    host.log().warn("could not cache the JustCall user directory (" + put.message() +
                    "); the next user will walk it again");
  }
  return directory;
}

std::optional<AgentDirectory> cached_directory(sdk::HostServices& host) {
  auto text = host.cache().get(kDirectoryCacheKey);
  if (!text) return std::nullopt;
  return from_cache_text(*text);
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char c) { return std::isdigit(c) != 0; });
}

sdk::Result<Agent> by_identity(sdk::HostServices& host, const JustCallConfig& config,
                               const sdk::UserRef& user, const std::string& agent_id) {
  if (!all_digits(agent_id))
    return Status::config("user '" + user.id + "': identities." + kName + "." + kAgentIdIdentity +
                          " is '" + agent_id + "'; expected the numeric JustCall user id");
  auto directory = cached_directory(host);
  if (!directory) {
    auto fresh = fetch_and_cache(host, config);
    if (!fresh) return fresh.status();
    directory = std::move(*fresh);
  }
  Agent agent{agent_id, normalize_email(user.email), ""};
  if (const auto* listed = directory->find_by_id(agent_id)) {
    agent.timezone = listed->timezone;
  } else {
    host.log().info("JustCall agent " + agent_id + " (user '" + user.id +
                    "') is not in /v2.1/users; days come from the calls' UTC times");
  }
  return agent;
}

}  // namespace

sdk::Result<AgentDirectory> fetch_directory(sdk::HostServices& host, const JustCallConfig& config) {
  AgentDirectory directory;
  PagedRequest request;
  request.path = "/v2.1/users";
  request.per_page = kMaxPerPage;
  request.query = {{"per_page", std::to_string(kMaxPerPage)}};
  request.what = "JustCall GET /v2.1/users";
  auto walked = for_each_page(host, config, request,
                              [&](int, const std::string&, const boost::json::array& data) {
                                add_users(directory, data);
                                return Status::success();
                              });
  if (!walked) return walked;
  return directory;
}

sdk::Result<Agent> resolve_agent(sdk::HostServices& host, const JustCallConfig& config,
                                 const sdk::UserRef& user) {
  if (auto it = user.identity.find(kAgentIdIdentity);
      it != user.identity.end() && !it->second.empty())
    return by_identity(host, config, user, it->second);

  auto email = normalize_email(user.email);
  if (email.empty())
    return Status::config("user '" + user.id + "' has no email and no identities." + kName + "." +
                          kAgentIdIdentity + "; give one of them in users.yaml");

  auto directory = cached_directory(host);
  bool from_cache = directory.has_value();
  const Agent* found = directory ? directory->find_by_email(email) : nullptr;
  bool stale = directory && now_unix(host) - directory->fetched_at >= kRefreshOnMissAfter.count();
  if (!found && (!from_cache || stale)) {
    auto fresh = fetch_and_cache(host, config);
    if (!fresh) return fresh.status();
    directory = std::move(*fresh);
    found = directory->find_by_email(email);
  }
  if (!found)
    return Status::not_found("no JustCall user with email " + email + " (" +
                             std::to_string(directory->users_checked) +
                             " users checked); set identities." + kName + "." + kAgentIdIdentity +
                             " in users.yaml if the agent uses another email");
  return *found;
}

}  // namespace tributary::justcall
