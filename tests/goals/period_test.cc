#include <gtest/gtest.h>

#include "host/goals/goal_updater.h"
#include "tests/goals/goal_test_util.h"

namespace tributary::host {
namespace {

using testing::at;

void expect_period(std::string_view period, const char* now, std::string_view tz,
                   const std::string& start, const std::string& end) {
  auto p = period_containing(period, at(now), tz);
  EXPECT_EQ(p.start, start) << period << " at " << now << " in " << tz;
  EXPECT_EQ(p.end, end) << period << " at " << now << " in " << tz;
}

TEST(PeriodContaining, SundayBelongsToTheWeekThatStartedMonday) {
  // 2024-06-09 is a Sunday; the original system put it in the week of 06-10.
  expect_period("weekly", "2024-06-09T12:00:00Z", "UTC", "2024-06-03", "2024-06-09");
  expect_period("weekly", "2024-06-09T23:59:59Z", "UTC", "2024-06-03", "2024-06-09");
  expect_period("weekly", "2024-06-10T00:00:00Z", "UTC", "2024-06-10", "2024-06-16");
  expect_period("weekly", "2024-06-03T00:00:00Z", "UTC", "2024-06-03", "2024-06-09");
}

TEST(PeriodContaining, UsesTheLocalDayNotTheUtcDay) {
  // 03:00Z on Monday 06-10 is still Sunday 23:00 in New York (EDT, UTC-4).
  expect_period("daily", "2024-06-10T03:00:00Z", "America/New_York", "2024-06-09", "2024-06-09");
  expect_period("weekly", "2024-06-10T03:00:00Z", "America/New_York", "2024-06-03", "2024-06-09");
  expect_period("daily", "2024-06-10T04:00:00Z", "America/New_York", "2024-06-10", "2024-06-10");
}

TEST(PeriodContaining, AcrossTheSpringForwardGap) {
  // New York skips 02:00-03:00 on Sunday 2024-03-10 (EST -5 -> EDT -4).
  expect_period("daily", "2024-03-10T06:30:00Z", "America/New_York", "2024-03-10", "2024-03-10");
  expect_period("daily", "2024-03-10T07:30:00Z", "America/New_York", "2024-03-10", "2024-03-10");
  expect_period("daily", "2024-03-11T03:59:59Z", "America/New_York", "2024-03-10", "2024-03-10");
  expect_period("daily", "2024-03-11T04:00:00Z", "America/New_York", "2024-03-11", "2024-03-11");
  expect_period("weekly", "2024-03-11T03:59:59Z", "America/New_York", "2024-03-04", "2024-03-10");
}

TEST(PeriodContaining, AcrossTheFallBackRepeat) {
  // 01:00-02:00 happens twice on 2024-11-03; the day ends at 05:00Z (EST).
  expect_period("daily", "2024-11-03T05:30:00Z", "America/New_York", "2024-11-03", "2024-11-03");
  expect_period("daily", "2024-11-04T04:59:59Z", "America/New_York", "2024-11-03", "2024-11-03");
  expect_period("daily", "2024-11-04T05:00:00Z", "America/New_York", "2024-11-04", "2024-11-04");
}

TEST(PeriodContaining, LastEveningOfTheYearInNewYork) {
  const char* now = "2025-01-01T04:30:00Z";  // 2024-12-31 23:30 EST
  const char* tz = "America/New_York";
  expect_period("daily", now, tz, "2024-12-31", "2024-12-31");
  expect_period("weekly", now, tz, "2024-12-30", "2025-01-05");
  expect_period("monthly", now, tz, "2024-12-01", "2024-12-31");
  expect_period("quarterly", now, tz, "2024-10-01", "2024-12-31");
  expect_period("yearly", now, tz, "2024-01-01", "2024-12-31");
}

TEST(PeriodContaining, SameInstantIsAlreadyNextYearInAuckland) {
  const char* now = "2025-01-01T04:30:00Z";  // 2025-01-01 17:30 NZDT
  const char* tz = "Pacific/Auckland";
  expect_period("daily", now, tz, "2025-01-01", "2025-01-01");
  expect_period("quarterly", now, tz, "2025-01-01", "2025-03-31");
  expect_period("yearly", now, tz, "2025-01-01", "2025-12-31");
}

TEST(PeriodContaining, MonthsAndQuartersAreCalendarOnes) {
  expect_period("monthly", "2024-02-15T12:00:00Z", "UTC", "2024-02-01", "2024-02-29");
  expect_period("monthly", "2023-02-15T12:00:00Z", "UTC", "2023-02-01", "2023-02-28");
  expect_period("quarterly", "2024-03-31T23:59:59Z", "UTC", "2024-01-01", "2024-03-31");
  expect_period("quarterly", "2024-04-01T00:00:00Z", "UTC", "2024-04-01", "2024-06-30");
  expect_period("quarterly", "2024-08-20T00:00:00Z", "UTC", "2024-07-01", "2024-09-30");
  expect_period("quarterly", "2024-11-20T00:00:00Z", "UTC", "2024-10-01", "2024-12-31");
}

TEST(PeriodContaining, RejectsUnknownPeriodAndZone) {
  auto now = at("2024-06-03T00:00:00Z");
  try {
    period_containing("biweekly", now, "UTC");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(),
                 "unknown goal period 'biweekly'; expected daily, weekly, monthly, quarterly or "
                 "yearly");
  }
  EXPECT_THROW(period_containing("daily", now, "Mars/Olympus_Mons"), std::invalid_argument);
}

}  // namespace
}  // namespace tributary::host
