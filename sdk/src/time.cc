#include "tributary/sdk/time.h"

#include <date/date.h>
#include <date/tz.h>

#include <charconv>
#include <chrono>
#include <cstdio>

namespace tributary::sdk {

namespace {

bool parse_int(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && p == s.data() + s.size();
}

std::optional<date::year_month_day> parse_ymd(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
  int y = 0, m = 0, dd = 0;
  if (!parse_int(d.substr(0, 4), y) || !parse_int(d.substr(5, 2), m) ||
      !parse_int(d.substr(8, 2), dd))
    return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(dd)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::optional<std::chrono::seconds> parse_hms(std::string_view t) {
  if (t.empty()) return std::chrono::seconds{0};
  if (t.size() < 5 || t[2] != ':') return std::nullopt;
  int h = 0, m = 0, s = 0;
  if (!parse_int(t.substr(0, 2), h) || !parse_int(t.substr(3, 2), m)) return std::nullopt;
  if (t.size() >= 8) {
    if (t[5] != ':' || !parse_int(t.substr(6, 2), s)) return std::nullopt;
  } else if (t.size() != 5) {
    return std::nullopt;
  }
  if (h > 23 || m > 59 || s > 60) return std::nullopt;
  return std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
}

std::string format_ymd(date::year_month_day ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace

Result<std::string> local_date(std::int64_t unix_seconds, std::string_view timezone) {
  try {
    const auto* zone = date::locate_zone(timezone);
    auto zt = date::make_zoned(zone, date::sys_seconds{std::chrono::seconds{unix_seconds}});
    auto local_day = date::floor<date::days>(zt.get_local_time());
    return format_ymd(date::year_month_day{local_day});
  } catch (const std::exception& e) {
    return Status::config("unknown time zone '" + std::string(timezone) + "': " + e.what());
  }
}

Result<std::int64_t> local_to_unix(std::string_view d, std::string_view t,
                                   std::string_view timezone) {
  auto ymd = parse_ymd(d);
  auto hms = parse_hms(t);
  if (!ymd || !hms)
    return Status::data("not a local date/time: '" + std::string(d) + " " + std::string(t) + "'");
  try {
    const auto* zone = date::locate_zone(timezone);
    auto local = date::local_days{*ymd} + *hms;
    auto info = zone->get_info(local);
    date::sys_seconds sys;
    if (info.result == date::local_info::unique) {
      sys = date::sys_seconds{local.time_since_epoch()} - info.first.offset;
    } else if (info.result == date::local_info::ambiguous) {
      sys = date::sys_seconds{local.time_since_epoch()} - info.first.offset;
    } else {  // nonexistent: shift forward by the gap, i.e. interpret with the earlier offset
      sys = date::sys_seconds{local.time_since_epoch()} - info.first.offset;
    }
    return static_cast<std::int64_t>(sys.time_since_epoch().count());
  } catch (const std::exception& e) {
    return Status::config("unknown time zone '" + std::string(timezone) + "': " + e.what());
  }
}

std::optional<std::int64_t> utc_to_unix(std::string_view d, std::string_view t) {
  auto ymd = parse_ymd(d);
  auto hms = parse_hms(t);
  if (!ymd || !hms) return std::nullopt;
  auto sys = date::sys_days{*ymd} + *hms;
  return static_cast<std::int64_t>(sys.time_since_epoch().count());
}

std::optional<std::int64_t> parse_iso8601(std::string_view text) {
  if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
  auto base = utc_to_unix(text.substr(0, 10), text.substr(11, 8));
  if (!base) return std::nullopt;
  std::string_view rest = text.substr(19);
  if (!rest.empty() && rest[0] == '.') {
    std::size_t i = 1;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    rest.remove_prefix(i);
  }
  if (rest.empty() || rest == "Z" || rest == "z") return *base;
  int sign = 0;
  if (rest[0] == '+') sign = 1;
  else if (rest[0] == '-') sign = -1;
  else return std::nullopt;
  rest.remove_prefix(1);
  int hh = 0, mm = 0;
  if (rest.size() == 2) {
    if (!parse_int(rest, hh)) return std::nullopt;
  } else if (rest.size() == 4) {
    if (!parse_int(rest.substr(0, 2), hh) || !parse_int(rest.substr(2, 2), mm)) return std::nullopt;
  } else if (rest.size() == 5 && rest[2] == ':') {
    if (!parse_int(rest.substr(0, 2), hh) || !parse_int(rest.substr(3, 2), mm)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (hh > 18 || mm > 59) return std::nullopt;
  return *base - sign * (hh * 3600 + mm * 60);
}

std::string format_iso8601_utc(std::int64_t unix_seconds) {
  auto tp = date::sys_seconds{std::chrono::seconds{unix_seconds}};
  return date::format("%Y-%m-%dT%H:%M:%SZ", tp);
}

bool is_valid_date(std::string_view d) { return parse_ymd(d).has_value(); }

std::string add_days(std::string_view d, int days) {
  auto ymd = parse_ymd(d);
  if (!ymd) return {};
  return format_ymd(date::year_month_day{date::sys_days{*ymd} + date::days{days}});
}

}  // namespace tributary::sdk
