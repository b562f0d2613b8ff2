#pragma once
// Copper's close_date is the only opportunity date that is not unix seconds: a string in the
// account's display format ("06/30/2024", "30/06/2024", "9/5/2025"). Reading it needs that
// format stated, because "05/06/2024" is a valid date either way round.

#include <optional>
#include <string>
#include <string_view>

namespace tributary::copper {

// "YYYY-MM-DD" of `text` read in `format` (MM/DD/YYYY, DD/MM/YYYY, M/D/YYYY, D/M/YYYY,
// YYYY-MM-DD), or nullopt when it does not have that shape or is no calendar date. MM and DD
// take exactly two digits; M and D take one or two.
std::optional<std::string> parse_close_date(std::string_view text, std::string_view format);

}  // namespace tributary::copper
