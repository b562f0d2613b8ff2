#pragma once
// "YYYY-MM-DD" in and out, the only date form the sandbox's parameters and payloads use.

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace tributary::sandbox {

std::optional<date::local_days> parse_date(std::string_view text);  // nullopt unless a real date
std::string format_date(date::local_days day);

// "YYYY-MM-DD hh:mm:ss" (or "YYYY-MM-DD" = its midnight); nullopt unless well-formed.
std::optional<date::local_seconds> parse_local_datetime(std::string_view text);

}  // namespace tributary::sandbox
