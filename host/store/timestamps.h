#pragma once
// The API carries unix seconds; the tables hold ISO-8601 UTC text because dashboards read them.

#include <cstdint>
#include <string>
#include <string_view>

#include "tributary/sdk/time.h"

namespace tributary::host {

inline std::string iso_utc(std::int64_t unix_seconds) {
  return sdk::format_iso8601_utc(unix_seconds);
}

// 0 for NULL/empty or text that is not an ISO-8601 instant (a row someone edited by hand).
inline std::int64_t unix_from_iso(std::string_view text) {
  return sdk::parse_iso8601(text).value_or(0);
}

}  // namespace tributary::host
