#pragma once
// Deterministic orders. A salesman's orders on a server-local date are hashed from (seed,
// salesman id, date) alone, so a day never depends on which other days exist. The data has what
// a connector gets wrong: multi-line orders (shipping, discounts, credit returns), statuses that
// never count (estimate, void, cancelled, expired), orders minutes from the server's midnight and
// from 02:00 (midnight in Denver and Chicago), customers of every channel and one with no
// account type, and salesmen written by username, by initials and with stray case and spaces.

#include <date/date.h>
#include <date/tz.h>

#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/fishbowl/directory.h"
#include "tests/sandbox/fishbowl/sales_order.h"

namespace tributary::sandbox::fishbowl {

std::vector<SalesOrder> generate_day(const Directory& directory, std::size_t salesman,
                                     date::local_days day, const DatasetOptions& options,
                                     const date::time_zone* zone);

// Every salesman's orders issued on server-local dates [anchor - days, anchor], by id.
std::vector<SalesOrder> generate_orders(const Directory& directory, const DatasetOptions& options,
                                        const date::time_zone* zone);

}  // namespace tributary::sandbox::fishbowl
