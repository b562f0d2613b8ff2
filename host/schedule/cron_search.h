#pragma once
// Wall-clock search: which local minutes an expression names, ignoring time zones entirely.

#include <date/date.h>

#include <optional>

#include "host/schedule/cron_expression.h"

namespace tributary::host {

// The first whole local minute in [from, limit) that `expr` matches, or nullopt.
// Skips whole months and days that cannot match, so a search over years stays cheap.
std::optional<date::local_seconds> next_local_match(const CronExpression& expr,
                                                    date::local_seconds from,
                                                    date::local_seconds limit);

}  // namespace tributary::host
