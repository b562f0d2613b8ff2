// Dates and date-times from data-query rows and export cells (see value_parse.h).
#include <cctype>
#include <charconv>
#include <cstdio>

#include "plugins/fishbowl/value_parse.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {

namespace {

constexpr std::int64_t kDay = 86400;
// Excel's day 1 is 1900-01-01 but it counts a 1900-02-29 that never was; counting from
// 1899-12-30 gives the right date for every serial from 61 (1900-03-01) on.
constexpr const char* kExcelEpoch = "1899-12-30";
constexpr std::int64_t kMaxSerial = 2958465;  // 9999-12-31

struct Clock {
  int hour = 0, minute = 0, second = 0;
};

std::optional<int> number(std::string_view text) {
  int out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::string ymd(int y, int m, int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

std::string hms(const Clock& c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d", c.hour, c.minute, c.second);
  return buffer;
}

std::optional<std::int64_t> local(const std::string& date, const Clock& clock,
                                  std::string_view zone) {
  if (!sdk::is_valid_date(date)) return std::nullopt;
  auto at = sdk::local_to_unix(date, hms(clock), zone);
  if (!at) return std::nullopt;
  return *at;
}

// "HH:MM", "HH:MM:SS", "HH:MM:SS.fff", "H:MM", with an optional " AM"/" PM".
std::optional<Clock> parse_clock(std::string_view text) {
  text = trim(text);
  int add = -1;
  auto upper_tail = [&](std::string_view tail) {
    if (text.size() < 2) return false;
    auto t = text.substr(text.size() - 2);
    return std::toupper(static_cast<unsigned char>(t[0])) == tail[0] &&
           std::toupper(static_cast<unsigned char>(t[1])) == tail[1];
  };
  if (upper_tail("AM")) add = 0;
  if (upper_tail("PM")) add = 12;
  if (add >= 0) text = trim(text.substr(0, text.size() - 2));
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    if (!all_digits(text.substr(dot + 1))) return std::nullopt;
    text = text.substr(0, dot);  // whole seconds are enough for a day
  }
  auto first = text.find(':');
  if (first == std::string_view::npos) return std::nullopt;
  auto second = text.find(':', first + 1);
  auto h = number(text.substr(0, first));
  auto m = number(
      text.substr(first + 1, second == std::string_view::npos ? text.npos : second - first - 1));
  auto s =
      second == std::string_view::npos ? std::optional<int>(0) : number(text.substr(second + 1));
  if (!h || !m || !s || *m > 59 || *s > 59 || text.substr(first + 1).size() < 2)
    return std::nullopt;
  if (add >= 0) {
    if (*h < 1 || *h > 12) return std::nullopt;
    *h = *h % 12 + add;
  }
  if (*h > 23) return std::nullopt;
  return Clock{*h, *m, *s};
}

// "Z", "+00:00", "-0400", "-04" -> seconds east of UTC.
std::optional<int> parse_offset(std::string_view text) {
  if (text == "Z" || text == "z") return 0;
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  int sign = text[0] == '-' ? -1 : 1;
  auto rest = text.substr(1);
  std::optional<int> h, m = 0;
  if (rest.size() == 2) {
    h = number(rest);
  } else if (rest.size() == 4) {
    h = number(rest.substr(0, 2));
    m = number(rest.substr(2));
  } else if (rest.size() == 5 && rest[2] == ':') {
    h = number(rest.substr(0, 2));
    m = number(rest.substr(3));
  }
  if (!h || !m || *h > 18 || *m > 59) return std::nullopt;
  return sign * (*h * 3600 + *m * 60);
}

// ISO dates and MySQL datetimes: "YYYY-MM-DD", then optionally 'T' or ' ' and a clock, then
// optionally an offset.
std::optional<std::int64_t> parse_iso(std::string_view text, std::string_view zone) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::string date(text.substr(0, 10));
  auto rest = text.substr(10);
  if (rest.empty()) return local(date, {}, zone);
  if (rest[0] != 'T' && rest[0] != ' ') return std::nullopt;
  rest.remove_prefix(1);
  auto offset_at = rest.find_first_of("Zz+-");
  auto clock = parse_clock(rest.substr(0, offset_at));
  if (!clock) return std::nullopt;
  if (offset_at == std::string_view::npos) return local(date, *clock, zone);
  auto offset = parse_offset(rest.substr(offset_at));
  auto utc = sdk::utc_to_unix(date, hms(*clock));
  if (!offset || !utc) return std::nullopt;
  return *utc - *offset;
}

// "M/D/YYYY" or "M-D-YYYY", optionally followed by a clock.
std::optional<std::int64_t> parse_us(std::string_view text, std::string_view zone) {
  char sep = text.find('/') != std::string_view::npos ? '/' : '-';
  auto first = text.find(sep);
  auto second = first == std::string_view::npos ? first : text.find(sep, first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  auto space = text.find(' ', second);
  auto m = number(text.substr(0, first));
  auto d = number(text.substr(first + 1, second - first - 1));
  auto year_text =
      text.substr(second + 1, space == std::string_view::npos ? text.npos : space - second - 1);
  auto y = year_text.size() == 4 ? number(year_text) : std::nullopt;
  if (!m || !d || !y || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  Clock clock;
  if (space != std::string_view::npos) {
    auto parsed = parse_clock(text.substr(space + 1));
    if (!parsed) return std::nullopt;
    clock = *parsed;
  }
  return local(ymd(*y, *m, *d), clock, zone);
}

// Excel serial day numbers with an optional fraction of a day.
std::optional<std::int64_t> parse_serial(std::string_view text, std::string_view zone) {
  auto dot = text.find('.');
  auto whole_text = text.substr(0, dot);
  auto fraction_text = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (!all_digits(whole_text) || whole_text.size() > 7) return std::nullopt;
  if (dot != std::string_view::npos && !all_digits(fraction_text)) return std::nullopt;
  auto days = number(whole_text);
  if (!days || *days < 1 || *days > kMaxSerial) return std::nullopt;
  std::int64_t numerator = 0, denominator = 1;
  for (std::size_t i = 0; i < fraction_text.size() && i < 12; ++i) {
    numerator = numerator * 10 + (fraction_text[i] - '0');
    denominator *= 10;
  }
  std::int64_t seconds = (numerator * kDay + denominator / 2) / denominator;
  int extra_days = static_cast<int>(seconds / kDay);
  seconds %= kDay;
  auto date = sdk::add_days(kExcelEpoch, *days + extra_days);
  Clock clock{static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
              static_cast<int>(seconds % 60)};
  return local(date, clock, zone);
}

}  // namespace

std::optional<std::int64_t> parse_timestamp(std::string_view text, std::string_view zone) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (auto iso = parse_iso(text, zone)) return iso;
  if (auto serial = parse_serial(text, zone)) return serial;
  return parse_us(text, zone);
}

}  // namespace tributary::fishbowl
