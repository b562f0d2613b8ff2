#pragma once
// Typed readers for query parameters. Each throws BadRequest with a message that names the
// parameter, the value it got and the form it wants.

#include <cstdint>
#include <optional>
#include <string_view>

#include <date/date.h>
#include <date/tz.h>

#include "tests/sandbox/message.h"

namespace tributary::sandbox {

// `fallback` when absent; otherwise an integer in [min, max].
std::int64_t read_int(const QueryParams& query, std::string_view name, std::int64_t fallback,
                      std::int64_t min, std::int64_t max);

// "YYYY-MM-DD" (a real calendar date); throws when absent.
date::local_days read_date(const QueryParams& query, std::string_view name);

// An IANA zone name such as America/Chicago; throws when absent or unknown.
const date::time_zone* read_zone(const QueryParams& query, std::string_view name);

// nullopt when absent; otherwise one of `allowed`.
std::optional<std::string_view> read_choice(const QueryParams& query, std::string_view name,
                                            std::initializer_list<std::string_view> allowed);

}  // namespace tributary::sandbox
