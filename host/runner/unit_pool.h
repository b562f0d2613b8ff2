#pragma once
// Runs a run's units, at most `concurrency` at once, as fibers on a few threads (one per core,
// never more than `concurrency`), each thread an event loop over one libcurl multi handle
// (host/http/event_loop.h). A unit waiting on a response, a rate budget or a retry is parked, not
// a thread: the bound is on units in flight, and raising it costs stacks, not threads.
//
// A unit must wait only through the host (HTTP, the rate budget): anything else that blocks
// (a lock held by another unit across a wait, a sleep of its own) holds up its thread's other
// units too.
//
// Order: per-account units first (each is one long serial fetch, the run's critical path), then
// the per-user units of the connectors taking turns, so one connector's long queue never holds
// back another connector whose budget is idle. A per-user connector's first unit runs alone
// before its siblings, so account-wide lookups it caches are fetched once.
//
// Isolation: a unit's failure, even an exception, is that unit's result; the others go on.
// A unit that reports kQuotaExhausted stops its connector: units of that connector not yet
// started are not started and come back deferred, with the time the quota should be back.

#include <cstddef>
#include <functional>
#include <vector>

#include "host/runner/unit_executor.h"
#include "tributary/sdk/services.h"

namespace tributary::host {

class RunProgress;

using UnitRunner = std::function<UnitResult(const UnitSpec&)>;

// The order units are started in, as indices into `specs`.
std::vector<std::size_t> unit_start_order(const std::vector<UnitSpec>& specs);

// Results come back in the order of `specs`. `progress` may be null.
std::vector<UnitResult> run_unit_pool(const std::vector<UnitSpec>& specs, int concurrency,
                                      const UnitRunner& run, const sdk::Clock& clock,
                                      RunProgress* progress);

}  // namespace tributary::host
