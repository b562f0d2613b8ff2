#include "plugins/hubspot/instant.h"

#include <cctype>
#include <charconv>

#include "tributary/sdk/time.h"

namespace tributary::hubspot {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Splits "…:11.123Z" into "…:11Z" and 123 (ms, the fraction padded or cut to three digits).
std::pair<std::string, int> without_fraction(std::string_view text) {
  auto dot = text.find('.');
  if (dot == std::string_view::npos) return {std::string(text), 0};
  auto end = dot + 1;
  int ms = 0;
  int digits = 0;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
    if (digits < 3) ms = ms * 10 + (text[end] - '0');
    ++digits;
    ++end;
  }
  for (int d = digits; d < 3; ++d) ms *= 10;
  return {std::string(text.substr(0, dot)) + std::string(text.substr(end)), ms};
}

}  // namespace

std::optional<std::int64_t> parse_instant_ms(std::string_view text) {
  if (all_digits(text)) {
    std::int64_t ms = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
    if (ec != std::errc{}) return std::nullopt;
    return ms;
  }
  auto [whole, ms] = without_fraction(text);
  auto seconds = sdk::parse_iso8601(whole);
  if (!seconds) return std::nullopt;
  return *seconds * 1000 + ms;
}

std::string format_instant_ms(std::int64_t epoch_ms) {
  auto seconds = epoch_ms / 1000;
  auto ms = static_cast<int>(epoch_ms % 1000);
  auto text = sdk::format_iso8601_utc(seconds);  // ends in 'Z'
  char fraction[6];
  fraction[0] = '.';
  fraction[1] = static_cast<char>('0' + ms / 100);
  fraction[2] = static_cast<char>('0' + ms / 10 % 10);
  fraction[3] = static_cast<char>('0' + ms % 10);
  fraction[4] = 'Z';
  fraction[5] = '\0';
  text.pop_back();
  return text + fraction;
}

std::string iso_seconds(std::string_view text) {
  auto ms = parse_instant_ms(text);
  if (!ms) return {};
  return sdk::format_iso8601_utc(*ms / 1000);
}

}  // namespace tributary::hubspot
