// Vixie cron's daylight-saving rule, in the zones and on the days docs/scheduling.md uses as
// examples. Transition instants come from `zdump -v`:
//   America/New_York 2026-03-08 07:00Z: 02:00 EST -> 03:00 EDT; 2026-11-01 06:00Z: 02:00 EDT ->
//   01:00 EST. Europe/Berlin 2026-03-29 01:00Z: 02:00 CET -> 03:00 CEST; 2026-10-25 01:00Z:
//   03:00 CEST -> 02:00 CET. Australia/Lord_Howe 2026-04-04 15:00Z: 02:00 +11 -> 01:30 +1030.

#include <date/tz.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "host/schedule/iso8601.h"
#include "host/schedule/next_fire.h"
#include "tests/schedule/schedule_test_support.h"

namespace tributary::host {
namespace {

using std::chrono::minutes;
using std::chrono::sys_seconds;
using testing::must_parse;
using testing::utc;

// The next `count` fire times as the CLI prints them.
std::vector<std::string> printed(const char* expr, const char* tz, sys_seconds after,
                                 std::size_t count) {
  const auto* zone = date::locate_zone(tz);
  std::vector<std::string> out;
  for (auto t : next_fires(must_parse(expr), zone, after, count)) {
    out.push_back(format_iso8601_offset(t, zone));
  }
  return out;
}

// The next `count` fires of a stepped job, checked to start at `first` and to be `gap` apart in
// real time.
std::vector<sys_seconds> evenly_spaced(const char* expr, const date::time_zone* zone,
                                       sys_seconds after, std::size_t count, sys_seconds first,
                                       minutes gap) {
  auto fires = next_fires(must_parse(expr), zone, after, count);
  EXPECT_EQ(fires.size(), count);
  if (fires.empty()) return fires;
  EXPECT_EQ(fires.front(), first);
  for (std::size_t i = 1; i < fires.size(); ++i) {
    EXPECT_EQ(fires[i] - fires[i - 1], gap) << "between fire " << i - 1 << " and " << i;
  }
  fires.resize(count);  // callers index into it even when the check above failed
  return fires;
}

TEST(DstNewYork, FixedTimeInTheSkippedHourRunsOnceAtTheChange) {
  EXPECT_EQ(printed("30 2 * * *", "America/New_York", utc(2026, 3, 7, 12), 2),
            (std::vector<std::string>{"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"}));
  EXPECT_EQ(next_fire(must_parse("30 2 * * *"), date::locate_zone("America/New_York"),
                      utc(2026, 3, 7, 12)),
            utc(2026, 3, 8, 7));
  // Two named minutes in the gap still make one run.
  EXPECT_EQ(printed("0,30 2 * * *", "America/New_York", utc(2026, 3, 7, 12), 3),
            (std::vector<std::string>{"2026-03-08T03:00:00-04:00", "2026-03-09T02:00:00-04:00",
                                      "2026-03-09T02:30:00-04:00"}));
  // A job named at 03:00 itself is an ordinary fire, not doubled by the rule.
  EXPECT_EQ(printed("0 2,3 * * *", "America/New_York", utc(2026, 3, 8, 5), 2),
            (std::vector<std::string>{"2026-03-08T03:00:00-04:00", "2026-03-09T02:00:00-04:00"}));
}

TEST(DstNewYork, FixedTimeInTheRepeatedHourRunsOnceTheFirstTime) {
  EXPECT_EQ(printed("30 1 * * *", "America/New_York", utc(2026, 10, 31, 12), 2),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
  // Starting inside the second pass, the one run has already happened.
  EXPECT_EQ(printed("30 1 * * *", "America/New_York", utc(2026, 11, 1, 6), 1),
            (std::vector<std::string>{"2026-11-02T01:30:00-05:00"}));
}

TEST(DstNewYork, EveryFifteenMinutesKeepsRealTimeAcrossSpringForward) {
  const auto* zone = date::locate_zone("America/New_York");
  auto fires = evenly_spaced("*/15 * * * *", zone, utc(2026, 3, 8, 6, 30), 8,
                             utc(2026, 3, 8, 6, 45), minutes{15});
  EXPECT_EQ(format_iso8601_offset(fires[0], zone), "2026-03-08T01:45:00-05:00");
  EXPECT_EQ(format_iso8601_offset(fires[1], zone), "2026-03-08T03:00:00-04:00");
}

TEST(DstNewYork, EveryTenMinutesFiresInBothPassesOfFallBack) {
  const auto* zone = date::locate_zone("America/New_York");
  auto fires = evenly_spaced("*/10 * * * *", zone, utc(2026, 11, 1, 5, 30), 12,
                             utc(2026, 11, 1, 5, 40), minutes{10});
  EXPECT_EQ(format_iso8601_offset(fires[1], zone), "2026-11-01T01:50:00-04:00");
  EXPECT_EQ(format_iso8601_offset(fires[2], zone), "2026-11-01T01:00:00-05:00");
}

TEST(DstNewYork, HourlyFollowsRealHours) {
  EXPECT_EQ(printed("30 * * * *", "America/New_York", utc(2026, 3, 8, 6), 2),
            (std::vector<std::string>{"2026-03-08T01:30:00-05:00", "2026-03-08T03:30:00-04:00"}));
  EXPECT_EQ(printed("30 * * * *", "America/New_York", utc(2026, 11, 1, 5), 3),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                                      "2026-11-01T02:30:00-05:00"}));
}

TEST(DstBerlin, FixedTimeInTheSkippedHourRunsOnceAtTheChange) {
  EXPECT_EQ(printed("30 2 * * *", "Europe/Berlin", utc(2026, 3, 28, 12), 2),
            (std::vector<std::string>{"2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"}));
  EXPECT_EQ(printed("15,45 2 * * *", "Europe/Berlin", utc(2026, 3, 28, 12), 2),
            (std::vector<std::string>{"2026-03-29T03:00:00+02:00", "2026-03-30T02:15:00+02:00"}));
}

TEST(DstBerlin, FixedTimeInTheRepeatedHourRunsOnceTheFirstTime) {
  EXPECT_EQ(printed("30 2 * * *", "Europe/Berlin", utc(2026, 10, 24, 12), 2),
            (std::vector<std::string>{"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"}));
  EXPECT_EQ(next_fire(must_parse("30 2 * * *"), date::locate_zone("Europe/Berlin"),
                      utc(2026, 10, 24, 12)),
            utc(2026, 10, 25, 0, 30));
}

TEST(DstBerlin, StepsKeepRealTimeAcrossBothChanges) {
  const auto* zone = date::locate_zone("Europe/Berlin");
  auto spring = evenly_spaced("*/15 * * * *", zone, utc(2026, 3, 29, 0, 30), 8,
                              utc(2026, 3, 29, 0, 45), minutes{15});
  EXPECT_EQ(format_iso8601_offset(spring[1], zone), "2026-03-29T03:00:00+02:00");
  auto autumn = evenly_spaced("*/10 * * * *", zone, utc(2026, 10, 25, 0, 30), 12,
                              utc(2026, 10, 25, 0, 40), minutes{10});
  EXPECT_EQ(format_iso8601_offset(autumn[2], zone), "2026-10-25T02:00:00+01:00");
}

TEST(DstLordHowe, HalfHourFallBackRepeatsOnlyHalfAnHour) {
  // 01:30-01:59 happens twice; 01:45 runs at +11 only, 01:15 is not repeated at all.
  EXPECT_EQ(printed("45 1 * * *", "Australia/Lord_Howe", utc(2026, 4, 4, 12), 2),
            (std::vector<std::string>{"2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30"}));
  EXPECT_EQ(printed("*/15 1 * * *", "Australia/Lord_Howe", utc(2026, 4, 4, 14), 6),
            (std::vector<std::string>{"2026-04-05T01:15:00+11:00", "2026-04-05T01:30:00+11:00",
                                      "2026-04-05T01:45:00+11:00", "2026-04-05T01:30:00+10:30",
                                      "2026-04-05T01:45:00+10:30", "2026-04-06T01:00:00+10:30"}));
}

}  // namespace
}  // namespace tributary::host
