#pragma once
// Calendar helpers a connector needs to bucket vendor timestamps into organisation-local days.
// Pure functions over the system time zone database (tzdata).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tributary/sdk/status.h"

namespace tributary::sdk {

// "YYYY-MM-DD" of a UTC instant in an IANA zone.
Result<std::string> local_date(std::int64_t unix_seconds, std::string_view timezone);

// The UTC instant of a wall-clock time in an IANA zone. Ambiguous times (fall-back) take the
// earlier instant; non-existent times (spring-forward gap) move forward by the gap.
Result<std::int64_t> local_to_unix(std::string_view date, std::string_view time,
                                   std::string_view timezone);

// Unix seconds of "YYYY-MM-DD" + "HH:MM:SS" taken as UTC.
std::optional<std::int64_t> utc_to_unix(std::string_view date, std::string_view time);

// Parses ISO-8601 instants: "2024-06-03T17:04:11Z", "...+00:00", "...+0000", "...-04",
// fractional seconds allowed. nullopt when it is not one.
std::optional<std::int64_t> parse_iso8601(std::string_view text);

// "2024-06-03T17:04:11Z"
std::string format_iso8601_utc(std::int64_t unix_seconds);

// Validates "YYYY-MM-DD" (a real calendar date).
bool is_valid_date(std::string_view date);

// Adds days to "YYYY-MM-DD".
std::string add_days(std::string_view date, int days);

}  // namespace tributary::sdk
