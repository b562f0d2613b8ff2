#include "plugins/fishbowl/value_parse.h"

#include <gtest/gtest.h>

#include "tributary/sdk/time.h"

namespace tributary::fishbowl {
namespace {

constexpr const char* kNewYork = "America/New_York";

std::string utc(std::optional<std::int64_t> t) {
  return t ? sdk::format_iso8601_utc(*t) : std::string("nullopt");
}

TEST(FishbowlMoney, ReadsSpreadsheetAmountsToTheCent) {
  EXPECT_EQ(parse_cents("1234.5"), 123450);
  EXPECT_EQ(parse_cents("$1,234.50"), 123450);
  EXPECT_EQ(parse_cents(" USD 1,234,567.89 "), 123456789);
  EXPECT_EQ(parse_cents("(12.00)"), -1200);
  EXPECT_EQ(parse_cents("-$3"), -300);
  EXPECT_EQ(parse_cents("3-"), -300);
  EXPECT_EQ(parse_cents("\xE2\x82\xAC"
                        "9.99"),
            999);
  EXPECT_EQ(parse_cents("1520.500000000"), 152050) << "MySQL decimal(28,9)";
  EXPECT_EQ(parse_cents("0.125"), 13) << "half away from zero";
  EXPECT_EQ(parse_cents("-0.125"), -13);
  EXPECT_EQ(parse_cents(".5"), 50);
}

TEST(FishbowlMoney, RefusesWhatItCannotReadExactly) {
  for (const char* bad :
       {"", "abc", "12,34", "1.234,50", "1,23,456", "12.3.4", "$", "1 234", "12a"})
    EXPECT_EQ(parse_cents(bad), std::nullopt) << bad;
}

TEST(FishbowlMoney, JsonNumbersAndStrings) {
  EXPECT_EQ(json_cents(boost::json::value(1520.5)), 152050);
  EXPECT_EQ(json_cents(boost::json::value(0.29)), 29);
  EXPECT_EQ(json_cents(boost::json::value(19.99 * 10)), 19990);
  EXPECT_EQ(json_cents(boost::json::value(45)), 4500);
  EXPECT_EQ(json_cents(boost::json::value("3,600.99")), 360099);
  EXPECT_EQ(json_cents(boost::json::value(true)), std::nullopt);
}

TEST(FishbowlMoney, LinesAreQuantityTimesPriceRoundedOnce) {
  EXPECT_EQ(line_cents(*parse_quantity_micro("10"), 1999), 19990);
  EXPECT_EQ(line_cents(*parse_quantity_micro("2.5"), 333), 833) << "832.5 rounds up";
  EXPECT_EQ(line_cents(*parse_quantity_micro("1,000"), 120000), 120000000);
  EXPECT_EQ(line_cents(*parse_quantity_micro("-1"), 1500), -1500);
}

TEST(FishbowlTimestamp, IsoWithHourOnlyOffsets) {
  EXPECT_EQ(utc(parse_timestamp("2024-06-03T10:15:00.000-04", kNewYork)), "2024-06-03T14:15:00Z");
  EXPECT_EQ(utc(parse_timestamp("2024-06-03T10:15:00-0400", "UTC")), "2024-06-03T14:15:00Z");
  EXPECT_EQ(utc(parse_timestamp("2024-06-03T10:15:00+05:30", "UTC")), "2024-06-03T04:45:00Z");
  EXPECT_EQ(utc(parse_timestamp("2024-06-03T10:15Z", kNewYork)), "2024-06-03T10:15:00Z");
}

TEST(FishbowlTimestamp, DatesWithoutOffsetAreOnTheServersClock) {
  EXPECT_EQ(utc(parse_timestamp("2024-06-03 10:15:00", kNewYork)), "2024-06-03T14:15:00Z");
  EXPECT_EQ(utc(parse_timestamp("2024-01-03 10:15:00", kNewYork)), "2024-01-03T15:15:00Z") << "EST";
  EXPECT_EQ(utc(parse_timestamp("2024-06-03", kNewYork)), "2024-06-03T04:00:00Z");
  EXPECT_EQ(utc(parse_timestamp("6/3/2024 5:04 PM", kNewYork)), "2024-06-03T21:04:00Z");
  EXPECT_EQ(utc(parse_timestamp("6/3/2024 12:30 AM", kNewYork)), "2024-06-03T04:30:00Z");
  EXPECT_EQ(utc(parse_timestamp("06-03-2024 17:04:11", kNewYork)), "2024-06-03T21:04:11Z");
}

TEST(FishbowlTimestamp, ExcelSerialsCountFrom18991230InTheServerZone) {
  EXPECT_EQ(utc(parse_timestamp("45831", "UTC")), "2025-06-23T00:00:00Z");
  EXPECT_EQ(utc(parse_timestamp("44672", "UTC")), "2022-04-21T00:00:00Z");
  EXPECT_EQ(utc(parse_timestamp("44866.81", "UTC")), "2022-11-01T19:26:24Z");
  EXPECT_EQ(utc(parse_timestamp("45446.427083333336", kNewYork)), "2024-06-03T14:15:00Z");
  EXPECT_EQ(utc(parse_timestamp("45447.0625", kNewYork)), "2024-06-04T05:30:00Z");
}

TEST(FishbowlTimestamp, RefusesNonDates) {
  for (const char* bad : {"June 3rd", "2024-13-01", "2024-06-03T25:00:00", "13/1/2024", "0",
                          "99999999", "2024-06-03T10:15:00-4", "6/3/24"})
    EXPECT_EQ(parse_timestamp(bad, kNewYork), std::nullopt) << bad;
}

}  // namespace
}  // namespace tributary::fishbowl
