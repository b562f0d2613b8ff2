#pragma once
// Reading scalar text the way YAML's core schema reads it. Shared by the file readers (which
// parse every typed value from its interpolated text) and by connector validation (which
// coerces strings that `${VAR}` substitution left behind).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tributary::host {

// Decimal integers with an optional sign ("42", "-7", "+3"); nullopt otherwise or on overflow.
std::optional<std::int64_t> parse_integer(std::string_view text);

// Integers and decimal floats ("1", "2.5", "-1e3", ".5"); nullopt otherwise.
std::optional<double> parse_number(std::string_view text);

// true/True/TRUE and false/False/FALSE only: "yes" and "on" are not booleans here.
std::optional<bool> parse_boolean(std::string_view text);

// Letters, digits, '_', '.' and '-' only, non-empty: ids and names that appear in table keys,
// file names and URLs.
bool is_plain_name(std::string_view text);

// "a, b, c"
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

// Shortest text that reads back as the same double ("2.5", "1e+30").
std::string format_number(double value);

}  // namespace tributary::host
