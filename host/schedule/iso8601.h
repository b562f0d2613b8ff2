#pragma once
// Instants as people type them (`--from`) and as `schedule next` prints them.

#include <date/tz.h>

#include <chrono>
#include <string>
#include <string_view>
#include <variant>

namespace tributary::host {

// "2026-03-08T03:00:00-04:00": the wall-clock time in `zone` and its UTC offset. Offsets are
// whole minutes except local mean time before the 20th century, printed as -04:56:02.
std::string format_iso8601_offset(std::chrono::sys_seconds t, const date::time_zone* zone);

struct InstantParseError {
  std::string message;
};

// Accepts YYYY-MM-DD[THH:MM[:SS[.fraction]]] followed by Z or an offset (+05:30, +0530, +05),
// or without either, as a wall-clock time in `zone` (a bare date is local midnight).
// Fractions of a second are dropped: fire times are whole seconds, so "strictly after" is the
// same for the dropped and the original instant. A wall-clock time that happens twice (clocks
// went back) means the earlier one; one that never happens (clocks jumped forward) means the
// moment of the jump.
std::variant<std::chrono::sys_seconds, InstantParseError> parse_iso8601_instant(
    std::string_view text, const date::time_zone* zone);

}  // namespace tributary::host
