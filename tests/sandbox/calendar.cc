#include "tests/sandbox/calendar.h"

#include <cstdio>
#include <sstream>

namespace tributary::sandbox {

namespace {

// `size` pins the width, which date::parse alone does not (it would take "2024-1-5").
template <class TimePoint>
std::optional<TimePoint> parse_exact(std::string_view text, std::size_t size, const char* format) {
  if (text.size() != size) return std::nullopt;
  std::istringstream in{std::string(text)};
  TimePoint t;
  in >> date::parse(format, t);
  if (in.fail()) return std::nullopt;
  return t;
}

}  // namespace

std::optional<date::local_days> parse_date(std::string_view text) {
  return parse_exact<date::local_days>(text, 10, "%F");
}

std::string format_date(date::local_days day) {
  auto ymd = date::year_month_day(day);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

std::optional<date::local_seconds> parse_local_datetime(std::string_view text) {
  if (auto day = parse_date(text)) return date::local_seconds{*day};
  return parse_exact<date::local_seconds>(text, 19, "%F %T");
}

}  // namespace tributary::sandbox
