// Property test: next_fires against a brute-force reference on random expressions, zones and
// start instants. The reference shares nothing with the implementation: the generator writes each
// expression from value sets it chose itself (so the parser is checked too), and the reference
// walks real time minute by minute with a virtual wall clock, the way Vixie cron's main loop
// notices clock jumps, applying the rule in docs/scheduling.md:
//   - a job whose minute or hour has '*' or a step fires at every real minute whose wall-clock
//     time it names;
//   - any other job fires at a real minute whose wall-clock time is later than every wall-clock
//     time seen before, if it names that time or any wall-clock minute the clock jumped over.

#include <date/tz.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "host/schedule/iso8601.h"
#include "host/schedule/next_fire.h"

namespace tributary::host {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_seconds;
using Rng = std::mt19937_64;

constexpr int kCases = 1000;
constexpr std::size_t kFires = 20;
// The reference walks at most this far; fires beyond it are not compared.
constexpr days kReferenceReach{400};

struct FieldShape {
  int low;
  int high;
  std::vector<std::string> names;  // names[i] is value name_base + i
  int name_base;
  int star_percent;           // how often the whole field is '*', to keep most expressions frequent
  std::vector<int> favoured;  // values picked half the time: where the offset changes happen
};

const FieldShape kMinute{0, 59, {}, 0, 15, {0, 15, 30, 45, 59}};
const FieldShape kHour{0, 23, {}, 0, 45, {0, 1, 2, 3}};
const FieldShape kDayOfMonth{1, 31, {}, 0, 75, {}};
const FieldShape kMonth{
    1, 12, {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"},
    1, 80, {}};
const FieldShape kDayOfWeek{0, 7, {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}, 0, 65, {}};

// One generated field: its text and the values it stands for.
struct Field {
  std::string text;
  std::array<bool, 64> allowed{};
  bool wildcard = false;  // has '*' or a step
};

struct Cron {
  std::string text;
  Field minute, hour, day_of_month, month, day_of_week;
  bool fixed() const { return !minute.wildcard && !hour.wildcard; }
};

int uniform(Rng& rng, int low, int high) { return std::uniform_int_distribution(low, high)(rng); }

bool chance(Rng& rng, int percent) { return uniform(rng, 1, 100) <= percent; }

std::string value_text(Rng& rng, const FieldShape& shape, int value) {
  const int index = value - shape.name_base;
  if (!shape.names.empty() && index >= 0 && index < static_cast<int>(shape.names.size()) &&
      chance(rng, 50)) {
    std::string name = shape.names[static_cast<std::size_t>(index)];
    if (chance(rng, 30)) {
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return name;
  }
  return std::to_string(value);
}

void allow(Field& field, int from, int to, int step) {
  for (int v = from; v <= to; v += step) field.allowed[static_cast<std::size_t>(v)] = true;
}

int random_value(Rng& rng, const FieldShape& shape) {
  if (!shape.favoured.empty() && chance(rng, 50)) {
    return shape.favoured[static_cast<std::size_t>(
        uniform(rng, 0, static_cast<int>(shape.favoured.size()) - 1))];
  }
  return uniform(rng, shape.low, shape.high);
}

// One comma-separated item of a non-'*' field; `fixed_only` leaves out '*' and steps.
std::string random_item(Rng& rng, const FieldShape& shape, Field& field, bool fixed_only) {
  const int span = shape.high - shape.low;
  int a = random_value(rng, shape);
  int b = chance(rng, 50) ? std::min(shape.high, a + uniform(rng, 0, 3)) : random_value(rng, shape);
  if (a > b) std::swap(a, b);
  const int step = uniform(rng, 1, std::max(1, span / 2));
  switch (fixed_only ? uniform(rng, 1, 3) : uniform(rng, 0, 5)) {
    case 0:
      field.wildcard = true;
      allow(field, shape.low, shape.high, step);
      return "*/" + std::to_string(step);
    case 1:
    case 2:
      allow(field, a, a, 1);
      return value_text(rng, shape, a);
    case 3:
      allow(field, a, b, 1);
      return value_text(rng, shape, a) + "-" + value_text(rng, shape, b);
    case 4:
      field.wildcard = true;
      allow(field, a, b, step);
      return value_text(rng, shape, a) + "-" + value_text(rng, shape, b) + "/" +
             std::to_string(step);
    default:
      field.wildcard = true;
      allow(field, a, shape.high, step);
      return value_text(rng, shape, a) + "/" + std::to_string(step);
  }
}

Field random_field(Rng& rng, const FieldShape& shape, bool fixed_only = false) {
  Field field;
  if (!fixed_only && chance(rng, shape.star_percent)) {
    field.text = "*";
    field.wildcard = true;
    allow(field, shape.low, shape.high, 1);
  } else {
    const int items = uniform(rng, 1, 3);
    for (int i = 0; i < items; ++i) {
      if (i > 0) field.text += ",";
      field.text += random_item(rng, shape, field, fixed_only);
    }
  }
  if (shape.high == 7 && field.allowed[7]) field.allowed[0] = true;  // 7 is Sunday
  return field;
}

Cron random_cron(Rng& rng) {
  Cron cron;
  // Fixed-time jobs are where the daylight-saving rule differs; make plenty of them.
  const bool fixed = chance(rng, 40);
  cron.minute = random_field(rng, kMinute, fixed);
  cron.hour = random_field(rng, kHour, fixed);
  cron.day_of_month = random_field(rng, kDayOfMonth);
  cron.month = random_field(rng, kMonth);
  cron.day_of_week = random_field(rng, kDayOfWeek);
  cron.text = cron.minute.text + " " + cron.hour.text + " " + cron.day_of_month.text + " " +
              cron.month.text + " " + cron.day_of_week.text;
  return cron;
}

bool reference_matches(const Cron& cron, date::local_seconds wall) {
  const auto day = date::floor<days>(wall);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<seconds> time{wall - day};
  const auto weekday = date::weekday{day}.c_encoding();
  const bool dom = cron.day_of_month.allowed[static_cast<unsigned>(ymd.day())];
  const bool dow = cron.day_of_week.allowed[weekday];
  const bool either = cron.day_of_month.text[0] != '*' && cron.day_of_week.text[0] != '*';
  return cron.minute.allowed[static_cast<std::size_t>(time.minutes().count())] &&
         cron.hour.allowed[static_cast<std::size_t>(time.hours().count())] &&
         cron.month.allowed[static_cast<unsigned>(ymd.month())] &&
         (either ? (dom || dow) : (dom && dow));
}

std::vector<sys_seconds> reference_fires(const Cron& cron, const date::time_zone* zone,
                                         sys_seconds after, sys_seconds until) {
  std::vector<sys_seconds> fires;
  // Start a day early so the wall clock has seen any recent fall-back.
  sys_seconds t = date::floor<minutes>(after) - hours{24};
  auto info = zone->get_info(t);
  std::optional<date::local_seconds> highest;  // the latest wall-clock minute seen so far
  for (; t <= until && fires.size() < kFires; t += minutes{1}) {
    if (t >= info.end) info = zone->get_info(t);
    const date::local_seconds wall{t.time_since_epoch() + info.offset};
    bool fire = false;
    if (!cron.fixed()) {
      fire = reference_matches(cron, wall);
    } else if (!highest || wall > *highest) {
      fire = reference_matches(cron, wall);
      for (auto jumped = highest ? *highest + minutes{1} : wall; jumped < wall;
           jumped += minutes{1}) {
        fire = fire || reference_matches(cron, jumped);
      }
    }
    if (fire && t > after) fires.push_back(t);
    if (!highest || wall > *highest) highest = wall;
  }
  return fires;
}

// Half the starts land within days or hours of one of the zone's offset changes.
sys_seconds random_start(Rng& rng, const date::time_zone* zone) {
  const sys_seconds earliest = date::sys_days{date::year{2000} / 1 / 1};
  const sys_seconds latest = date::sys_days{date::year{2035} / 12 / 31};
  sys_seconds start{seconds{std::uniform_int_distribution<long long>(
      earliest.time_since_epoch().count(), latest.time_since_epoch().count())(rng)}};
  if (chance(rng, 50)) {
    const auto change = zone->get_info(start).end;
    if (change < latest) {
      start = change -
              seconds{chance(rng, 50) ? uniform(rng, -7200, 7200) : uniform(rng, 0, 3 * 86400)};
    }
  }
  if (chance(rng, 50)) start = date::floor<minutes>(start);
  return start;
}

std::uint64_t bits_of(const Field& field, int high) {
  std::uint64_t out = 0;
  for (int v = 0; v <= high; ++v) {
    if (field.allowed[static_cast<std::size_t>(v)]) out |= std::uint64_t{1} << v;
  }
  return out;
}

void expect_same_sets(const CronExpression& parsed, const Cron& cron) {
  EXPECT_EQ(parsed.minute().values, bits_of(cron.minute, 59));
  EXPECT_EQ(parsed.hour().values, bits_of(cron.hour, 23));
  EXPECT_EQ(parsed.day_of_month().values, bits_of(cron.day_of_month, 31));
  EXPECT_EQ(parsed.month().values, bits_of(cron.month, 12));
  EXPECT_EQ(parsed.day_of_week().values, bits_of(cron.day_of_week, 6));
  EXPECT_EQ(parsed.is_fixed_time(), cron.fixed());
}

std::string describe(const std::vector<sys_seconds>& fires, const date::time_zone* zone) {
  std::string out;
  for (auto t : fires) out += "\n  " + format_iso8601_offset(t, zone);
  return out;
}

TEST(NextFireProperty, AgreesWithMinuteByMinuteReference) {
  const std::array<const char*, 6> zones = {"UTC",           "America/New_York",
                                            "Europe/Berlin", "America/Denver",
                                            "Asia/Kolkata",  "Australia/Lord_Howe"};
  Rng rng(20260308);
  std::size_t compared = 0;
  for (int i = 0; i < kCases; ++i) {
    const Cron cron = random_cron(rng);
    const auto* zone = date::locate_zone(zones[static_cast<std::size_t>(uniform(rng, 0, 5))]);
    const sys_seconds after = random_start(rng, zone);
    SCOPED_TRACE("case " + std::to_string(i) + ": '" + cron.text + "' in " +
                 std::string(zone->name()) + " after " + format_iso8601_offset(after, zone));
    auto parsed = CronExpression::parse(cron.text);
    ASSERT_TRUE(std::holds_alternative<CronExpression>(parsed))
        << std::get<CronParseError>(parsed).to_string();
    const auto& expr = std::get<CronExpression>(parsed);
    expect_same_sets(expr, cron);

    const sys_seconds until = after + kReferenceReach;
    std::vector<sys_seconds> got;
    for (auto t : next_fires(expr, zone, after, kFires)) {
      if (t <= until) got.push_back(t);
    }
    const auto expected = reference_fires(cron, zone, after, until);
    EXPECT_EQ(got, expected) << "got:" << describe(got, zone)
                             << "\nexpected:" << describe(expected, zone);
    compared += expected.size();
  }
  // Guards against a generator that only makes expressions that never fire.
  EXPECT_GT(compared, static_cast<std::size_t>(kCases) * kFires / 2);
}

TEST(NextFireProperty, MatchesLocalAgreesWithReference) {
  Rng rng(7);
  for (int i = 0; i < 2000; ++i) {
    const Cron cron = random_cron(rng);
    const CronExpression expr = std::get<CronExpression>(CronExpression::parse(cron.text));
    const date::local_seconds wall{
        seconds{60LL * uniform(rng, 0, 60 * 24 * 365 * 40) + 946684800LL}};
    EXPECT_EQ(expr.matches_local(wall), reference_matches(cron, wall)) << cron.text;
  }
}

}  // namespace
}  // namespace tributary::host
