#include "plugins/copper/close_date.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "tributary/sdk/time.h"

namespace tributary::copper {

namespace {

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// Digits only, between min and max of them.
std::optional<int> number(std::string_view text, std::size_t min_digits, std::size_t max_digits) {
  if (text.size() < min_digits || text.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<std::string> parse_close_date(std::string_view text, std::string_view format) {
  const bool iso = format == "YYYY-MM-DD";
  auto parts = split(text, iso ? '-' : '/');
  if (parts.size() != 3) return std::nullopt;
  std::optional<int> year, month, day;
  if (iso) {
    year = number(parts[0], 4, 4);
    month = number(parts[1], 2, 2);
    day = number(parts[2], 2, 2);
  } else {
    const bool month_first = format.front() == 'M';
    const bool padded = format.starts_with("MM") || format.starts_with("DD");
    auto first = number(parts[0], padded ? 2 : 1, 2);
    auto second = number(parts[1], padded ? 2 : 1, 2);
    month = month_first ? first : second;
    day = month_first ? second : first;
    year = number(parts[2], 4, 4);
  }
  if (!year || !month || !day) return std::nullopt;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *year, *month, *day);
  if (!sdk::is_valid_date(buf)) return std::nullopt;
  return std::string(buf);
}

}  // namespace tributary::copper
