#include "host/schedule/iso8601.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace tributary::host {
namespace {

using std::chrono::seconds;

// The parts of an instant as written, before any time zone is applied.
struct Written {
  date::year_month_day day{};
  seconds time_of_day{0};
  std::optional<seconds> offset;  // absent: a wall-clock time in the zone
};

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool done() const { return pos_ == text_.size(); }
  bool peek_is(std::string_view any_of) const {
    return !done() && any_of.find(text_[pos_]) != std::string_view::npos;
  }
  char take() { return text_[pos_++]; }
  bool eat(char c) {
    if (done() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  // Exactly `count` digits as a number, or nullopt (leaving the position unchanged).
  std::optional<int> digits(std::size_t count) {
    if (text_.size() - pos_ < count) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      char c = text_[pos_ + i];
      if (std::isdigit(static_cast<unsigned char>(c)) == 0) return std::nullopt;
      value = value * 10 + (c - '0');
    }
    pos_ += count;
    return value;
  }
  // What the reader stands on, for an error message.
  std::string where() const {
    if (done()) return "the text ends after '" + std::string(text_) + "'";
    return "unexpected '" + std::string(1, text_[pos_]) + "' at position " +
           std::to_string(pos_ + 1);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string two_digits(long long value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%02lld", value);
  return buffer;
}

using Step = std::optional<std::string>;  // an error, or nothing when all went well

Step read_date(Reader& in, Written& out) {
  auto year = in.digits(4);
  if (!year || !in.eat('-')) return in.where() + " (the date must be YYYY-MM-DD)";
  auto month = in.digits(2);
  if (!month || !in.eat('-')) return in.where() + " (the date must be YYYY-MM-DD)";
  auto day = in.digits(2);
  if (!day) return in.where() + " (the date must be YYYY-MM-DD)";
  out.day = date::year{*year} / date::month{static_cast<unsigned>(*month)} /
            date::day{static_cast<unsigned>(*day)};
  if (!out.day.ok())
    return std::to_string(*year) + "-" + (*month < 10 ? "0" : "") + std::to_string(*month) + "-" +
           (*day < 10 ? "0" : "") + std::to_string(*day) + " is not a calendar date";
  return std::nullopt;
}

Step read_time(Reader& in, Written& out) {
  auto hour = in.digits(2);
  if (!hour || !in.eat(':')) return in.where() + " (the time must be HH:MM or HH:MM:SS)";
  auto minute = in.digits(2);
  if (!minute) return in.where() + " (the time must be HH:MM or HH:MM:SS)";
  int second = 0;
  if (in.eat(':')) {
    auto s = in.digits(2);
    if (!s) return in.where() + " (seconds must be two digits)";
    second = *s;
    if (in.eat('.') || in.eat(',')) {
      if (!in.digits(1)) return in.where() + " (a fraction needs digits)";
      while (in.digits(1)) {
      }
    }
  }
  if (*hour > 23 || *minute > 59 || second > 59) {
    return "time " + two_digits(*hour) + ":" + two_digits(*minute) + ":" + two_digits(second) +
           " is out of range 00:00:00-23:59:59";
  }
  out.time_of_day = std::chrono::hours{*hour} + std::chrono::minutes{*minute} + seconds{second};
  return std::nullopt;
}

Step read_offset(Reader& in, Written& out) {
  if (in.eat('Z') || in.eat('z')) {
    out.offset = seconds{0};
    return std::nullopt;
  }
  if (!in.peek_is("+-")) return std::nullopt;
  const int sign = in.take() == '-' ? -1 : 1;
  auto hours = in.digits(2);
  if (!hours) return in.where() + " (an offset must be +HH:MM, +HHMM or +HH)";
  int minutes = 0;
  const bool colon = in.eat(':');
  if (auto m = in.digits(2)) {
    minutes = *m;
  } else if (colon) {
    return in.where() + " (an offset must be +HH:MM, +HHMM or +HH)";
  }
  if (*hours > 23 || minutes > 59) return "offset hours or minutes are out of range";
  out.offset = sign * (std::chrono::hours{*hours} + std::chrono::minutes{minutes});
  return std::nullopt;
}

Step read_written(std::string_view text, Written& out) {
  Reader in(text);
  if (auto error = read_date(in, out)) return error;
  if (in.peek_is("Tt ")) {
    in.take();
    if (auto error = read_time(in, out)) return error;
    if (auto error = read_offset(in, out)) return error;
  }
  if (!in.done()) return in.where();
  return std::nullopt;
}

std::chrono::sys_seconds resolve_local(date::local_seconds local, const date::time_zone* zone) {
  const auto info = zone->get_info(local);
  if (info.result == date::local_info::nonexistent) return info.first.end;
  return std::chrono::sys_seconds{local.time_since_epoch() - info.first.offset};
}

}  // namespace

std::string format_iso8601_offset(std::chrono::sys_seconds t, const date::time_zone* zone) {
  const auto offset = zone->get_info(t).offset;
  const date::local_seconds local{t.time_since_epoch() + offset};
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<seconds> time{local - day};
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
  const long long total = std::llabs(offset.count());
  std::string text = buffer;
  text += offset.count() < 0 ? '-' : '+';
  text += two_digits(total / 3600) + ":" + two_digits(total / 60 % 60);
  if (total % 60 != 0) text += ":" + two_digits(total % 60);
  return text;
}

std::variant<std::chrono::sys_seconds, InstantParseError> parse_iso8601_instant(
    std::string_view text, const date::time_zone* zone) {
  Written written;
  if (auto error = read_written(text, written)) {
    return InstantParseError{"'" + std::string(text) + "' is not an ISO-8601 time: " + *error +
                             "; expected e.g. 2026-03-08T01:30:00-05:00, 2026-03-08T06:30:00Z, "
                             "or 2026-03-08T01:30 for a wall-clock time in " +
                             std::string(zone->name())};
  }
  const date::local_seconds local = date::local_days{written.day} + written.time_of_day;
  if (written.offset) return std::chrono::sys_seconds{local.time_since_epoch() - *written.offset};
  return resolve_local(local, zone);
}

}  // namespace tributary::host
