#pragma once
// Reading the values Fishbowl and spreadsheets write: money with currency symbols and thousands
// separators, quantities, and dates in every form seen in exports (ISO with hour-only offsets
// like "-04", MySQL datetimes on the server's clock, Excel serial numbers, US M/D/YYYY).
// Pure functions; nullopt means "not a value of that kind", and the caller says where.

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::fishbowl {

// "$1,234.50", "1234.5", "(12.00)", "-3", "USD 12", "1520.500000000" -> cents, rounded half away
// from zero at the third decimal. Decimal commas ("1.234,50") are refused, not guessed.
std::optional<std::int64_t> parse_cents(std::string_view text);

// A JSON number (exact to the cent for any 2-decimal amount) or a string parse_cents reads.
std::optional<std::int64_t> json_cents(const boost::json::value& value);

// "2", "2.5", "1,000" -> millionths.
std::optional<std::int64_t> parse_quantity_micro(std::string_view text);

// quantity x unit price, rounded half away from zero to the cent.
std::int64_t line_cents(std::int64_t quantity_micro, std::int64_t unit_cents);

// A date or date-time to a UTC instant. Text without an offset (and Excel serials, counted from
// 1899-12-30) is wall-clock time in `zone`; a bare date is its local midnight.
//   2024-06-03T10:15:00.000-04   2024-06-03 10:15:00   2024-06-03T10:15Z   2024-06-03
//   45831   44866.81   6/3/2024   6/3/2024 5:04 PM   06-03-2024 17:04:11
std::optional<std::int64_t> parse_timestamp(std::string_view text, std::string_view zone);

std::string_view trim(std::string_view text);

}  // namespace tributary::fishbowl
