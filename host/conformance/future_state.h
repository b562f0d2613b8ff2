#pragma once
// A connector's cursor moved a century ahead, for "a state in the future yields nothing": ISO-8601
// instants and dates move 100 years, unix seconds and milliseconds likewise, other integers (ids,
// offsets) grow by 10^12. Anything else cannot be moved without knowing what it means.

#include <optional>
#include <string>
#include <string_view>

namespace tributary::host::conformance {

std::optional<std::string> future_value(std::string_view value);

}  // namespace tributary::host::conformance
