// next_fire away from daylight-saving changes. Expected instants were worked out by hand from a
// calendar (weekdays checked with `date -d`), not by running the code.

#include "host/schedule/next_fire.h"

#include <date/tz.h>
#include <gtest/gtest.h>

#include "tests/schedule/schedule_test_support.h"

namespace tributary::host {
namespace {

using std::chrono::sys_seconds;
using testing::must_parse;
using testing::utc;

const date::time_zone* zone(const char* name) { return date::locate_zone(name); }

std::vector<sys_seconds> fires(const char* expr, sys_seconds after, std::size_t count,
                               const char* tz = "UTC") {
  return next_fires(must_parse(expr), zone(tz), after, count);
}

TEST(NextFire, StrictlyAfterTheStart) {
  EXPECT_EQ(fires("*/15 * * * *", utc(2026, 1, 1), 2),
            (std::vector{utc(2026, 1, 1, 0, 15), utc(2026, 1, 1, 0, 30)}));
  EXPECT_EQ(fires("*/15 * * * *", utc(2026, 1, 1, 0, 14, 59), 1),
            (std::vector{utc(2026, 1, 1, 0, 15)}));
  EXPECT_EQ(fires("0 0 * * *", utc(2026, 1, 1), 1), (std::vector{utc(2026, 1, 2)}));
}

TEST(NextFire, WeekdayNamesSkipTheWeekend) {
  // 2026-01-02 is a Friday, 2026-01-05 a Monday.
  EXPECT_EQ(fires("0 9 * * MON-FRI", utc(2026, 1, 2, 10), 2),
            (std::vector{utc(2026, 1, 5, 9), utc(2026, 1, 6, 9)}));
}

TEST(NextFire, MonthNames) {
  EXPECT_EQ(fires("0 0 1 JAN,JUL *", utc(2026, 2, 1), 3),
            (std::vector{utc(2026, 7, 1), utc(2027, 1, 1), utc(2027, 7, 1)}));
}

TEST(NextFire, VixieDayRuleEither) {
  // Fridays in April 2026 are the 3rd, 10th, 17th, 24th; the 13th is a Monday.
  EXPECT_EQ(fires("0 12 13 * FRI", utc(2026, 4, 1), 5),
            (std::vector{utc(2026, 4, 3, 12), utc(2026, 4, 10, 12), utc(2026, 4, 13, 12),
                         utc(2026, 4, 17, 12), utc(2026, 4, 24, 12)}));
}

TEST(NextFire, VixieDayRuleBothWhenOneStartsWithStar) {
  // Odd days that are Fridays: April 3 and 17, May 1, 15 and 29.
  EXPECT_EQ(fires("0 12 */2 * FRI", utc(2026, 4, 1), 5),
            (std::vector{utc(2026, 4, 3, 12), utc(2026, 4, 17, 12), utc(2026, 5, 1, 12),
                         utc(2026, 5, 15, 12), utc(2026, 5, 29, 12)}));
}

TEST(NextFire, LeapDayOnlyInLeapYears) {
  EXPECT_EQ(fires("0 0 29 2 *", utc(2026, 1, 1), 2),
            (std::vector{utc(2028, 2, 29), utc(2032, 2, 29)}));
}

TEST(NextFire, YearRollover) {
  EXPECT_EQ(fires("30 23 31 12 *", utc(2026, 12, 31, 23, 30), 1),
            (std::vector{utc(2027, 12, 31, 23, 30)}));
  EXPECT_EQ(fires("@yearly", utc(2026, 12, 31, 23, 59, 59), 1), (std::vector{utc(2027, 1, 1)}));
  EXPECT_EQ(fires("59 23 * * *", utc(2026, 12, 31, 23, 58), 2),
            (std::vector{utc(2026, 12, 31, 23, 59), utc(2027, 1, 1, 23, 59)}));
}

TEST(NextFire, MonthEndSkipsShortMonths) {
  EXPECT_EQ(fires("0 0 31 * *", utc(2026, 1, 31), 3),
            (std::vector{utc(2026, 3, 31), utc(2026, 5, 31), utc(2026, 7, 31)}));
}

TEST(NextFire, NeverFiresIsNullopt) {
  EXPECT_EQ(next_fire(must_parse("0 0 30 2 *"), zone("UTC"), utc(2026, 1, 1)), std::nullopt);
  EXPECT_EQ(next_fire(must_parse("0 0 31 4,6,9,11 *"), zone("Europe/Berlin"), utc(2026, 1, 1)),
            std::nullopt);
  EXPECT_TRUE(fires("0 0 30 2 *", utc(2026, 1, 1), 5).empty());
}

TEST(NextFire, GivesUpBeyondTheHorizon) {
  // Feb 29 on a Sunday ("*/7" is Sunday and starts with '*', so both must match): 2032 is more
  // than five years after 2026, so the search stops; from 2028 it is within reach.
  auto sunday_leap_day = must_parse("0 0 29 2 */7");
  EXPECT_EQ(next_fire(sunday_leap_day, zone("UTC"), utc(2026, 3, 1)), std::nullopt);
  EXPECT_EQ(next_fire(sunday_leap_day, zone("UTC"), utc(2028, 3, 1)), utc(2032, 2, 29));
}

TEST(NextFire, EvaluatesInTheZone) {
  // 09:00 in Kolkata (+05:30) is 03:30 UTC.
  EXPECT_EQ(fires("0 9 * * *", utc(2026, 1, 1), 1, "Asia/Kolkata"),
            (std::vector{utc(2026, 1, 1, 3, 30)}));
  // Lord Howe is on +11 in January: 09:00 on Jan 1 is 22:00 UTC on Dec 31.
  EXPECT_EQ(fires("0 9 * * *", utc(2025, 12, 31), 1, "Australia/Lord_Howe"),
            (std::vector{utc(2025, 12, 31, 22)}));
  // Monday 00:00 in New York (EST) is Monday 05:00 UTC; from Sunday 23:00 UTC.
  EXPECT_EQ(fires("0 0 * * MON", utc(2026, 1, 4, 23), 1, "America/New_York"),
            (std::vector{utc(2026, 1, 5, 5)}));
}

TEST(NextFire, NextFiresStopsAtCount) {
  EXPECT_EQ(fires("@hourly", utc(2026, 1, 1), 3),
            (std::vector{utc(2026, 1, 1, 1), utc(2026, 1, 1, 2), utc(2026, 1, 1, 3)}));
  EXPECT_TRUE(fires("@hourly", utc(2026, 1, 1), 0).empty());
}

}  // namespace
}  // namespace tributary::host
