#pragma once
// Organisation-zone calendar arithmetic shared by periods and pace.

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <string>
#include <string_view>

namespace tributary::host {

// Throws std::invalid_argument naming the zone when tzdata does not know it.
const date::time_zone* find_zone(std::string_view tz);

// The local day `now` falls on in `zone`.
date::local_days local_day_of(const date::time_zone* zone,
                              std::chrono::system_clock::time_point now);

// The first instant of a local day. Where midnight does not exist (a zone that springs forward
// at 00:00) the day starts at the transition.
date::sys_seconds day_start(const date::time_zone* zone, date::local_days day);

// "YYYY-MM-DD" <-> local_days; parse throws std::invalid_argument naming `what`.
date::local_days parse_day(std::string_view text, std::string_view what);
std::string format_day(date::local_days day);

}  // namespace tributary::host
