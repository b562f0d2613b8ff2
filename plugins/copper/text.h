#pragma once
// Small text helpers the Copper connector needs in several places.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::copper {

std::string_view trim(std::string_view text);
std::string lower(std::string_view text);
// The whole text as a decimal integer (optional sign), or nullopt.
std::optional<std::int64_t> parse_int64(std::string_view text);

}  // namespace tributary::copper
