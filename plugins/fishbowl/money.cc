// Money and quantities from vendor JSON and spreadsheet cells (see value_parse.h).
#include <array>
#include <cctype>
#include <cmath>

#include "plugins/fishbowl/value_parse.h"

namespace tributary::fishbowl {

namespace {

constexpr std::int64_t kMaxWhole = 100'000'000'000'000;  // keeps every product inside int64

bool strip_prefix(std::string_view& text, std::string_view p) {
  if (!text.starts_with(p)) return false;
  text.remove_prefix(p.size());
  text = trim(text);
  return true;
}

bool strip_suffix(std::string_view& text, std::string_view s) {
  if (!text.ends_with(s)) return false;
  text.remove_suffix(s.size());
  text = trim(text);
  return true;
}

// Currency markers spreadsheets put around amounts. Longer forms first, so "US$" beats "$".
void strip_currency(std::string_view& text) {
  static constexpr std::array<std::string_view, 9> kMarks = {
      "US$", "CA$", "USD", "CAD", "EUR", "GBP", "$", "\xE2\x82\xAC" /* € */, "\xC2\xA3" /* £ */};
  for (bool again = true; again;) {
    again = false;
    for (auto m : kMarks) again = again || strip_prefix(text, m) || strip_suffix(text, m);
  }
}

// Digits with optional thousands separators in groups of three: "1,234,567" or "1234567".
std::optional<std::int64_t> parse_whole(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  bool grouped = digits.find(',') != std::string_view::npos;
  std::int64_t value = 0;
  std::size_t since_comma = 0;
  bool seen_comma = false;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    char c = digits[i];
    if (c == ',') {
      if (i == 0 || (seen_comma && since_comma != 3) || (!seen_comma && since_comma > 3))
        return std::nullopt;
      seen_comma = true;
      since_comma = 0;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
    ++since_comma;
    if (value > kMaxWhole) return std::nullopt;
  }
  if (grouped && since_comma != 3) return std::nullopt;
  return value;
}

// The fraction's digits scaled to `places` decimals, rounded half away from zero on the next one.
std::optional<std::int64_t> parse_fraction(std::string_view digits, int places) {
  std::int64_t value = 0;
  for (int i = 0; i < places; ++i) {
    char c = i < static_cast<int>(digits.size()) ? digits[i] : '0';
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  for (std::size_t i = places; i < digits.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(digits[i]))) return std::nullopt;
  }
  if (digits.size() > static_cast<std::size_t>(places) && digits[places] >= '5') ++value;
  return value;
}

// "[-]1,234.567" -> value scaled by 10^places, with the sign.
std::optional<std::int64_t> parse_scaled(std::string_view text, int places) {
  bool negative = false;
  if (text.starts_with('(') && text.ends_with(')')) {
    negative = true;
    text = trim(text.substr(1, text.size() - 2));
  }
  strip_currency(text);
  if (strip_prefix(text, "-")) negative = !negative;
  if (strip_suffix(text, "-")) negative = !negative;
  strip_currency(text);
  auto dot = text.find('.');
  auto whole_text = text.substr(0, dot);
  auto fraction_text = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole_text.empty() && fraction_text.empty()) return std::nullopt;
  auto whole = whole_text.empty() ? std::optional<std::int64_t>(0) : parse_whole(whole_text);
  auto fraction = parse_fraction(fraction_text, places);
  if (!whole || !fraction) return std::nullopt;
  std::int64_t scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  std::int64_t value = *whole * scale + *fraction;
  return negative ? -value : value;
}

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

std::optional<std::int64_t> parse_cents(std::string_view text) {
  return parse_scaled(trim(text), 2);
}

std::optional<std::int64_t> json_cents(const boost::json::value& value) {
  if (value.is_int64()) return value.get_int64() * 100;
  if (value.is_uint64() && value.get_uint64() < static_cast<std::uint64_t>(kMaxWhole))
    return static_cast<std::int64_t>(value.get_uint64()) * 100;
  if (value.is_double()) {
    double d = value.get_double();
    if (!std::isfinite(d) || std::fabs(d) >= static_cast<double>(kMaxWhole)) return std::nullopt;
    // A 2-decimal amount is the nearest double to it, so rounding x*100 recovers it exactly.
    return static_cast<std::int64_t>(std::llround(d * 100.0));
  }
  if (value.is_string()) return parse_cents(value.get_string());
  return std::nullopt;
}

std::optional<std::int64_t> parse_quantity_micro(std::string_view text) {
  return parse_scaled(trim(text), 6);
}

std::int64_t line_cents(std::int64_t quantity_micro, std::int64_t unit_cents) {
  __extension__ using Wide = __int128;  // a large quantity times a large price overflows int64
  constexpr Wide kMicro = 1'000'000;
  Wide product = static_cast<Wide>(quantity_micro) * unit_cents;
  Wide half = kMicro / 2;
  Wide rounded = product >= 0 ? (product + half) / kMicro : -((-product + half) / kMicro);
  return static_cast<std::int64_t>(rounded);
}

}  // namespace tributary::fishbowl
