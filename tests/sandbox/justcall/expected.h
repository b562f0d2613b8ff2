#pragma once
// What a correct JustCall connector must report: per agent, per ORGANISATION-local date, the
// counts and seconds of all calls and of handled calls (outgoing of any type, plus incoming
// answered). Computed from the calls' UTC instants and the organisation zone alone, so it shares
// nothing with the agent-zone fields the API serves.

#include <boost/json/object.hpp>
#include <date/date.h>
#include <date/tz.h>

#include "tests/sandbox/justcall/call_store.h"

namespace tributary::sandbox::justcall {

bool is_handled(const Call& call);

// Every date in [from, to] appears for every agent, zeros included. Throws BadRequest when
// to < from or the range exceeds ten years.
boost::json::object expected_totals(const CallStore& store, date::local_days from, date::local_days to,
                                    const date::time_zone* organisation_zone);

}  // namespace tributary::sandbox::justcall
