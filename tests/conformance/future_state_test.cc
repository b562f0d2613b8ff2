#include "host/conformance/future_state.h"

#include <gtest/gtest.h>

namespace tributary::host::conformance {
namespace {

// A century is 36525 days (100 Julian years). 2024-06-05..2124-06-05 is only 36524 days (24 leap
// days: 2100 is not one), so the moved date is 2124-06-06.
TEST(FutureState, InstantsAndDatesMoveACentury) {
  EXPECT_EQ(future_value("2024-06-05T10:00:00Z"), "2124-06-06T10:00:00Z");
  EXPECT_EQ(future_value("2024-06-05T12:00:00+02:00"), "2124-06-06T10:00:00Z");
  EXPECT_EQ(future_value("2024-06-05"), "2124-06-06");
}

TEST(FutureState, UnixSecondsAndMillisecondsMoveACenturyInTheirUnit) {
  EXPECT_EQ(future_value("1717581600"), "4873341600");        // + 3155760000 s
  EXPECT_EQ(future_value("1717581600000"), "4873341600000");  // + 3155760000000 ms
}

TEST(FutureState, OtherIntegersGrowByATrillion) {
  EXPECT_EQ(future_value("4711"), "1000000004711");
  EXPECT_EQ(future_value("0"), "1000000000000");
}

TEST(FutureState, OpaqueValuesCannotBeMoved) {
  EXPECT_EQ(future_value("cursor-abc"), std::nullopt);
  EXPECT_EQ(future_value(""), std::nullopt);
  EXPECT_EQ(future_value("12abc"), std::nullopt);
}

}  // namespace
}  // namespace tributary::host::conformance
