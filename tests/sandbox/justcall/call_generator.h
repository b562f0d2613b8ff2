#pragma once
// Deterministic calls. Everything about an agent's day is hashed from (seed, agent id, date), so
// the calls of a day are the same whatever range is generated around it. Calls cover the whole
// local day, midnight edges included, and a day with a DST change gets a call near the change.

#include <vector>

#include <date/date.h>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/justcall/call.h"

namespace tributary::sandbox::justcall {

// The calls on one agent-local date, in time order.
std::vector<Call> generate_day(const Agent& agent, date::local_days day, const DatasetOptions& options);

// Every agent's calls on the agent-local dates [anchor - days, anchor].
std::vector<Call> generate_calls(const std::vector<Agent>& agents, const DatasetOptions& options);

}  // namespace tributary::sandbox::justcall
