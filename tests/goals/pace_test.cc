#include <gtest/gtest.h>

#include "host/goals/goal_updater.h"
#include "tests/goals/goal_test_util.h"

namespace tributary::host {
namespace {

using testing::at;

GoalRow goal(const char* start, const char* end, double target, double current) {
  GoalRow g;
  g.period_start = start;
  g.period_end = end;
  g.target = target;
  g.current = current;
  return g;
}

// Week 06-03..06-09 in UTC; Thursday noon is 3.5 of 7 days in: elapsed exactly 0.5.
TEST(ComputePace, HalfwayThroughAWeek) {
  auto p =
      compute_pace(goal("2024-06-03", "2024-06-09", 100, 40), at("2024-06-06T12:00:00Z"), "UTC");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 0.5);
  EXPECT_DOUBLE_EQ(p.expected_by_now, 50);
  EXPECT_DOUBLE_EQ(p.delta, -10);
  EXPECT_DOUBLE_EQ(p.progress_percent, 40);
  EXPECT_EQ(p.status, "behind");           // 40 < 50 - 5
  EXPECT_EQ(p.days_remaining, 4);          // Thu, Fri, Sat, Sun
  EXPECT_DOUBLE_EQ(p.needed_per_day, 15);  // (100 - 40) / 4
}

TEST(ComputePace, StatusBandsArePlusMinusFivePoints) {
  auto status = [](double current) {
    return compute_pace(goal("2024-06-03", "2024-06-09", 100, current), at("2024-06-06T12:00:00Z"),
                        "UTC")
        .status;
  };
  EXPECT_EQ(status(55), "ahead");  // exactly elapsed + 5
  EXPECT_EQ(status(54.9), "on_pace");
  EXPECT_EQ(status(45), "on_pace");  // exactly elapsed - 5
  EXPECT_EQ(status(44.9), "behind");
}

// New York week 03-04..03-10 loses an hour: 05:00Z Mar 4 to 04:00Z Mar 11 is 167 h. Thursday
// 12:00 EST (17:00Z) is 84 h in.
TEST(ComputePace, DstWeekIsMeasuredInRealHours) {
  auto p = compute_pace(goal("2024-03-04", "2024-03-10", 167, 84), at("2024-03-07T17:00:00Z"),
                        "America/New_York");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 84.0 / 167.0);
  EXPECT_NEAR(p.expected_by_now, 84, 1e-9);
  EXPECT_NEAR(p.delta, 0, 1e-9);
  EXPECT_EQ(p.status, "on_pace");
  EXPECT_EQ(p.days_remaining, 4);
  EXPECT_DOUBLE_EQ(p.needed_per_day, 83.0 / 4);
}

// 2024-11-03 in New York is 25 h long (04:00Z to 05:00Z next day); 16:30Z is 12.5 h in.
TEST(ComputePace, FallBackDayIsTwentyFiveHours) {
  auto p = compute_pace(goal("2024-11-03", "2024-11-03", 10, 0), at("2024-11-03T16:30:00Z"),
                        "America/New_York");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 0.5);
  EXPECT_EQ(p.days_remaining, 1);
  EXPECT_DOUBLE_EQ(p.needed_per_day, 10);
}

TEST(ComputePace, AfterThePeriodNothingRemains) {
  auto p =
      compute_pace(goal("2024-06-03", "2024-06-09", 100, 70), at("2024-06-10T00:00:01Z"), "UTC");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 1);
  EXPECT_DOUBLE_EQ(p.expected_by_now, 100);
  EXPECT_EQ(p.days_remaining, 0);
  EXPECT_DOUBLE_EQ(p.needed_per_day, 0);
  EXPECT_EQ(p.status, "behind");
}

TEST(ComputePace, BeforeThePeriodTheWholePeriodRemains) {
  auto p = compute_pace(goal("2024-06-03", "2024-06-09", 70, 0), at("2024-06-02T23:00:00Z"), "UTC");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 0);
  EXPECT_EQ(p.days_remaining, 7);
  EXPECT_DOUBLE_EQ(p.needed_per_day, 10);
  EXPECT_EQ(p.status, "on_pace");
}

TEST(ComputePace, GoalAlreadyMetNeedsNothingMore) {
  auto p =
      compute_pace(goal("2024-06-01", "2024-06-30", 20, 25), at("2024-06-16T00:00:00Z"), "UTC");
  EXPECT_DOUBLE_EQ(p.elapsed_fraction, 0.5);  // 15 of 30 days
  EXPECT_DOUBLE_EQ(p.progress_percent, 125);
  EXPECT_EQ(p.status, "ahead");
  EXPECT_EQ(p.days_remaining, 15);
  EXPECT_DOUBLE_EQ(p.needed_per_day, 0);
}

TEST(ComputePace, BadPeriodDatesAreInvalidArguments) {
  EXPECT_THROW(
      compute_pace(goal("2024-06-31", "2024-07-06", 1, 0), at("2024-06-03T00:00:00Z"), "UTC"),
      std::invalid_argument);
}

}  // namespace
}  // namespace tributary::host
