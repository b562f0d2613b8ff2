#pragma once
// fetch for one user: resolve the JustCall agent, then page through GET /v2.1/calls for the
// run's window and keep every page body as it came.

#include <string>
#include <string_view>

#include "plugins/justcall/config.h"
#include "tributary/sdk/context.h"

namespace tributary::justcall {

inline constexpr const char* kCallsStream = "calls";

// from_datetime / to_datetime for the calls query. JustCall reads both on the account/agent
// clock, so the window's instants are turned into agent-local days (the organisation's days
// when the agent's zone is unknown) and widened by `padding_days` on each side; normalize keeps
// exactly the window's days.
struct CallRange {
  std::string from;  // "yyyy-mm-dd 00:00:00"
  std::string to;    // "yyyy-mm-dd 23:59:59"
};
CallRange call_query_range(const sdk::Window& window, std::string_view agent_timezone,
                           int padding_days);

// FetchResult.pages: one "calls" page per response (meta {agent_id, page}); FetchResult.context:
// {agent_id, agent_timezone, user_id}.
sdk::Result<sdk::FetchResult> fetch_calls(const sdk::FetchContext& ctx,
                                          const JustCallConfig& config);

}  // namespace tributary::justcall
