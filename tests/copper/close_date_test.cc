#include <gtest/gtest.h>

#include "plugins/copper/close_date.h"

namespace tributary::copper {
namespace {

using Opt = std::optional<std::string>;

TEST(CopperCloseDate, ReadsEachFormatTheWayItSays) {
  EXPECT_EQ(parse_close_date("06/30/2024", "MM/DD/YYYY"), Opt("2024-06-30"));
  EXPECT_EQ(parse_close_date("30/06/2024", "DD/MM/YYYY"), Opt("2024-06-30"));
  EXPECT_EQ(parse_close_date("9/5/2025", "M/D/YYYY"), Opt("2025-09-05"));
  EXPECT_EQ(parse_close_date("9/5/2025", "D/M/YYYY"), Opt("2025-05-09"));
  EXPECT_EQ(parse_close_date("12/10/2025", "M/D/YYYY"), Opt("2025-12-10"));
  EXPECT_EQ(parse_close_date("2024-06-30", "YYYY-MM-DD"), Opt("2024-06-30"));
}

TEST(CopperCloseDate, TheSameTextIsADifferentDayInAnotherFormat) {
  EXPECT_EQ(parse_close_date("05/06/2024", "MM/DD/YYYY"), Opt("2024-05-06"));
  EXPECT_EQ(parse_close_date("05/06/2024", "DD/MM/YYYY"), Opt("2024-06-05"));
}

TEST(CopperCloseDate, RejectsWhatDoesNotFitTheFormat) {
  EXPECT_EQ(parse_close_date("9/5/2025", "MM/DD/YYYY"), std::nullopt);   // MM needs two digits
  EXPECT_EQ(parse_close_date("13/05/2024", "MM/DD/YYYY"), std::nullopt); // no month 13
  EXPECT_EQ(parse_close_date("02/30/2024", "MM/DD/YYYY"), std::nullopt); // no 30 February
  EXPECT_EQ(parse_close_date("02/29/2023", "MM/DD/YYYY"), std::nullopt); // not a leap year
  EXPECT_EQ(parse_close_date("2024-06-30", "MM/DD/YYYY"), std::nullopt);
  EXPECT_EQ(parse_close_date("06/30/24", "MM/DD/YYYY"), std::nullopt);
  EXPECT_EQ(parse_close_date("06/30/2024 ", "MM/DD/YYYY"), std::nullopt);
  EXPECT_EQ(parse_close_date("", "MM/DD/YYYY"), std::nullopt);
  EXPECT_EQ(parse_close_date("1/+5/2024", "M/D/YYYY"), std::nullopt);
  EXPECT_EQ(parse_close_date("2024-6-30", "YYYY-MM-DD"), std::nullopt);
}

TEST(CopperCloseDate, AcceptsTheLeapDay) {
  EXPECT_EQ(parse_close_date("02/29/2024", "MM/DD/YYYY"), Opt("2024-02-29"));
}

}  // namespace
}  // namespace tributary::copper
