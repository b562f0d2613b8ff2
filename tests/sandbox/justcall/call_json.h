#pragma once
// The v2.1 call and user objects, field for field as the reference (provider-apis.md §2.4)
// shows them: call_date/call_time in UTC, call_user_date/call_user_time on the agent's clock.

#include <boost/json/object.hpp>
#include <date/date.h>

#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/justcall/call.h"

namespace tributary::sandbox::justcall {

boost::json::object call_to_json(const Call& call, const Agent& agent);

// `anchor` dates the last login, so the object is the same on every run.
boost::json::object user_to_json(const Agent& agent, date::sys_days anchor);

}  // namespace tributary::sandbox::justcall
