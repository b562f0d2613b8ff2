#include "host/phone/nanp.h"

#include <gtest/gtest.h>

namespace tributary::host::phone {
namespace {

TEST(NanpProblem, WellFormedNumbersPass) {
  EXPECT_EQ(nanp_problem("2125550100"), "");
  EXPECT_EQ(nanp_problem("5552345678"), "");
  EXPECT_EQ(nanp_problem("8005550199"), "");
}

TEST(NanpProblem, FictionalFiveFiveFiveZeroOneNumbersAreWellFormed) {
  for (auto n : {"2025550100", "2025550199", "3105550142"}) EXPECT_EQ(nanp_problem(n), "") << n;
}

TEST(NanpProblem, AreaCodeCannotStartWithZeroOrOne) {
  EXPECT_EQ(nanp_problem("0551234567"),
            "invalid NANP area code 055: area codes cannot start with 0 or 1");
  EXPECT_EQ(nanp_problem("1551234567"),
            "invalid NANP area code 155: area codes cannot start with 0 or 1");
}

TEST(NanpProblem, NElevenAreaCodesAreServiceNumbers) {
  EXPECT_EQ(nanp_problem("9115551234"),
            "invalid NANP area code 911: N11 codes are service numbers, not area codes");
  EXPECT_NE(nanp_problem("2115551234"), "");
}

TEST(NanpProblem, ExchangeCannotStartWithZeroOrOne) {
  EXPECT_EQ(nanp_problem("5550123456"),
            "invalid NANP exchange 012 (area code 555): exchanges cannot start with 0 or 1");
  EXPECT_NE(nanp_problem("5551551234"), "");
}

TEST(NanpProblem, WrongLengthIsReportedNotRead) {
  EXPECT_EQ(nanp_problem("555"), "NANP numbers have 10 digits, not 3");
}

TEST(NanpRegion, CanadaAndTheCaribbeanByAreaCode) {
  EXPECT_EQ(nanp_region("4165550199", "US"), "CA");
  EXPECT_EQ(nanp_region("6045550123", "US"), "CA");
  EXPECT_EQ(nanp_region("8765550123", "US"), "JM");
  EXPECT_EQ(nanp_region("7875550123", "US"), "PR");
  EXPECT_EQ(nanp_region("8295550123", "US"), "DO");
  EXPECT_EQ(nanp_region("2125550100", "CA"), "US");
}

TEST(NanpRegion, NonGeographicCodesFollowANanpDefault) {
  EXPECT_EQ(nanp_region("8005550199", "CA"), "CA");
  EXPECT_EQ(nanp_region("8885550199", "JM"), "JM");
  EXPECT_EQ(nanp_region("8005550199", "GB"), "US");
  EXPECT_EQ(nanp_region("8005550199", ""), "US");
}

}  // namespace
}  // namespace tributary::host::phone
