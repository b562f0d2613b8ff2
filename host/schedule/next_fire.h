#pragma once
// When a cron expression fires in an IANA time zone, with Vixie cron's daylight-saving rule
// (docs/scheduling.md states it exactly).

#include <date/tz.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "host/schedule/cron_expression.h"

namespace tributary::host {

// How far past `after` next_fire looks before it answers "never".
inline constexpr std::chrono::years kCronSearchHorizon{5};

// The first fire time strictly after `after`, or nullopt when the expression can never fire or
// does not fire within kCronSearchHorizon. `zone` must not be null.
std::optional<std::chrono::sys_seconds> next_fire(const CronExpression& expr,
                                                  const date::time_zone* zone,
                                                  std::chrono::sys_seconds after);

// Up to `count` successive fire times after `after` (fewer when the search gives up).
std::vector<std::chrono::sys_seconds> next_fires(const CronExpression& expr,
                                                 const date::time_zone* zone,
                                                 std::chrono::sys_seconds after, std::size_t count);

}  // namespace tributary::host
