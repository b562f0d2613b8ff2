#include "host/serve/slot_scan.h"

#include <gtest/gtest.h>

#include "tests/serve/scheduler_fixture.h"

using namespace tributary::testing;
using tributary::host::kMaxSlotLookback;
using tributary::host::scan_due_slots;
using namespace std::chrono_literals;

TEST(SlotScan, FindsDueSlotsAndTheNextOne) {
  auto s = schedules({{"p", "*/10 * * * *"}}).at(0);
  auto scan = scan_due_slots(s, at("2026-03-02T12:00:00Z"), at("2026-03-02T12:35:00Z"), 10);
  ASSERT_EQ(scan.newest.size(), 3U) << "after 12:00, strictly";
  EXPECT_EQ(scan.newest[0], at("2026-03-02T12:10:00Z"));
  EXPECT_EQ(scan.newest[2], at("2026-03-02T12:30:00Z"));
  EXPECT_EQ(scan.older_count, 0);
  EXPECT_EQ(scan.next, at("2026-03-02T12:40:00Z"));
}

TEST(SlotScan, KeepsTheNewestAndCountsTheRest) {
  auto s = schedules({{"p", "* * * * *"}}).at(0);
  auto scan = scan_due_slots(s, at("2026-03-02T12:00:00Z"), at("2026-03-02T13:00:00Z"), 5);
  ASSERT_EQ(scan.newest.size(), 5U);
  EXPECT_EQ(scan.newest.front(), at("2026-03-02T12:56:00Z"));
  EXPECT_EQ(scan.newest.back(), at("2026-03-02T13:00:00Z"));
  EXPECT_EQ(scan.older_count, 55) << "12:01 .. 12:55";
  EXPECT_EQ(scan.older_first, at("2026-03-02T12:01:00Z"));
  EXPECT_EQ(scan.older_last, at("2026-03-02T12:55:00Z"));
}

TEST(SlotScan, JitterMovesTheDueTimeNotTheSlot) {
  auto s = schedules({{"p", "*/10 * * * *"}}).at(0);
  s.jitter = 90s;
  auto scan = scan_due_slots(s, at("2026-03-02T12:00:00Z"), at("2026-03-02T12:31:00Z"), 10);
  ASSERT_EQ(scan.newest.size(), 2U) << "12:30 is due only at 12:31:30";
  EXPECT_EQ(scan.next, at("2026-03-02T12:30:00Z"));
}

TEST(SlotScan, LooksBackAtMostItsLimit) {
  auto s = schedules({{"p", "0 0 * * *"}}).at(0);
  const auto until = at("2026-03-02T12:00:00Z");
  auto scan = scan_due_slots(s, at("2020-01-01T00:00:00Z"), until, 1);
  EXPECT_TRUE(scan.clamped);
  EXPECT_EQ(scan.older_count + 1, kMaxSlotLookback.count() / 24) << "one slot a day";
  EXPECT_EQ(scan.newest.back(), at("2026-03-02T00:00:00Z"));
}

TEST(SlotScan, UnscheduledPipelineHasNoSlots) {
  auto s = schedules({{"p", ""}}).at(0);
  auto scan = scan_due_slots(s, at("2026-03-02T12:00:00Z"), at("2026-03-03T12:00:00Z"), 10);
  EXPECT_TRUE(scan.empty());
  EXPECT_FALSE(scan.next);
}
