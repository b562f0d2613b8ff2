#pragma once
// One JustCall call object read into the few facts the metrics need, and the rules that decide
// whether it counts and how long the rep talked.

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "plugins/justcall/config.h"
#include "tributary/sdk/status.h"

namespace tributary::justcall {

struct CallFacts {
  std::string id;
  std::string agent_id;           // empty when the call does not say
  std::int64_t instant = 0;       // unix seconds
  bool from_agent_clock = false;  // instant read from call_user_date/time, not the UTC pair
  std::string direction;          // lower-case; "outbound"/"inbound" are read as outgoing/incoming
  std::string type;               // lower-case call_info.type: answered, missed, voicemail, ...
  std::int64_t conversation_seconds = 0;
  std::int64_t total_seconds = 0;
};

// The instant comes from call_user_date + call_user_time on the agent's clock when both and the
// zone are known, else from call_date + call_time, which JustCall gives in UTC. A date field that
// is present but unreadable is a kData failure naming the call, never a silent drop.
// `agent_timezone` must be a valid IANA name or empty; `where` names the page for messages.
sdk::Result<CallFacts> read_call(const boost::json::value& call, std::string_view agent_timezone,
                                 std::string_view where);

bool is_counted(const CallFacts& call, CountRule rule);

std::int64_t talk_seconds(const CallFacts& call, TalkField field);

}  // namespace tributary::justcall
