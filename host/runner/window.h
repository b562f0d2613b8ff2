#pragma once
// A run's window is always whole days in the organisation's zone, so a run never overwrites a
// complete day with a partial one.

#include <chrono>
#include <string>
#include <string_view>

#include "tributary/sdk/context.h"
#include "tributary/sdk/status.h"

namespace tributary::host {

// The last `days` local days, today (at `now` in `tz`) included.
sdk::Result<sdk::Window> window_last_days(int days, std::chrono::system_clock::time_point now,
                                          std::string_view tz);

// An explicit inclusive range of local dates.
sdk::Result<sdk::Window> window_between(std::string_view from, std::string_view to,
                                        std::string_view tz);

}  // namespace tributary::host
