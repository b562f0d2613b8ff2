// Formatting and parsing instants. Offsets and transition instants come from `zdump -v`.

#include "host/schedule/iso8601.h"

#include <date/tz.h>
#include <gtest/gtest.h>

#include "tests/schedule/schedule_test_support.h"

namespace tributary::host {
namespace {

using std::chrono::sys_seconds;
using testing::utc;

const date::time_zone* new_york() { return date::locate_zone("America/New_York"); }

sys_seconds must_read(std::string_view text, const date::time_zone* zone = new_york()) {
  auto result = parse_iso8601_instant(text, zone);
  if (auto* error = std::get_if<InstantParseError>(&result)) {
    ADD_FAILURE() << error->message;
    return {};
  }
  return std::get<sys_seconds>(result);
}

std::string must_reject(std::string_view text) {
  auto result = parse_iso8601_instant(text, new_york());
  if (std::holds_alternative<sys_seconds>(result)) {
    ADD_FAILURE() << "'" << text << "' was accepted";
    return {};
  }
  return std::get<InstantParseError>(result).message;
}

TEST(FormatIso8601, WallClockWithOffset) {
  EXPECT_EQ(format_iso8601_offset(utc(2026, 3, 8, 7), new_york()), "2026-03-08T03:00:00-04:00");
  EXPECT_EQ(format_iso8601_offset(utc(2026, 3, 8, 6, 59, 59), new_york()),
            "2026-03-08T01:59:59-05:00");
  EXPECT_EQ(format_iso8601_offset(utc(2026, 1, 1, 3, 30), date::locate_zone("Asia/Kolkata")),
            "2026-01-01T09:00:00+05:30");
  EXPECT_EQ(format_iso8601_offset(utc(2026, 1, 1), date::locate_zone("UTC")),
            "2026-01-01T00:00:00+00:00");
  // New York's local mean time was -4:56:02.
  EXPECT_EQ(format_iso8601_offset(utc(1800, 1, 1, 12), new_york()), "1800-01-01T07:03:58-04:56:02");
}

TEST(ParseIso8601, OffsetsAndZulu) {
  EXPECT_EQ(must_read("2026-03-08T03:00:00-04:00"), utc(2026, 3, 8, 7));
  EXPECT_EQ(must_read("2026-03-08T07:00:00Z"), utc(2026, 3, 8, 7));
  EXPECT_EQ(must_read("2026-03-08t07:00:00z"), utc(2026, 3, 8, 7));
  EXPECT_EQ(must_read("2026-03-08 12:30+0530"), utc(2026, 3, 8, 7));
  EXPECT_EQ(must_read("2026-03-08T09:00+02"), utc(2026, 3, 8, 7));
  EXPECT_EQ(must_read("2026-03-08T07:00:00.999Z"), utc(2026, 3, 8, 7));
}

TEST(ParseIso8601, WithoutOffsetIsWallClockInTheZone) {
  EXPECT_EQ(must_read("2026-03-08T01:30"), utc(2026, 3, 8, 6, 30));
  EXPECT_EQ(must_read("2026-07-01T12:00:05"), utc(2026, 7, 1, 16, 0, 5));
  EXPECT_EQ(must_read("2026-03-08"), utc(2026, 3, 8, 5));
  EXPECT_EQ(must_read("2026-03-08T01:30", date::locate_zone("Europe/Berlin")),
            utc(2026, 3, 8, 0, 30));
}

TEST(ParseIso8601, RepeatedWallClockMeansTheEarlierAndSkippedMeansTheJump) {
  EXPECT_EQ(must_read("2026-11-01T01:30"), utc(2026, 11, 1, 5, 30));
  EXPECT_EQ(must_read("2026-03-08T02:30"), utc(2026, 3, 8, 7));
}

TEST(ParseIso8601, RoundTripsFormattedInstants) {
  for (auto t = utc(2026, 10, 31, 22); t < utc(2026, 11, 1, 9); t += std::chrono::minutes{7}) {
    EXPECT_EQ(must_read(format_iso8601_offset(t, new_york())), t);
  }
}

TEST(ParseIso8601, RejectsWithReason) {
  EXPECT_EQ(must_reject("yesterday"),
            "'yesterday' is not an ISO-8601 time: unexpected 'y' at position 1 (the date must be "
            "YYYY-MM-DD); expected e.g. 2026-03-08T01:30:00-05:00, 2026-03-08T06:30:00Z, or "
            "2026-03-08T01:30 for a wall-clock time in America/New_York");
  EXPECT_NE(must_reject("2026-13-01").find("2026-13-01 is not a calendar date"), std::string::npos);
  EXPECT_NE(must_reject("2026-02-29").find("2026-02-29 is not a calendar date"), std::string::npos);
  EXPECT_NE(must_reject("2026-03-08T24:00").find("time 24:00:00 is out of range"),
            std::string::npos);
  EXPECT_NE(must_reject("2026-03-08T01:30+5").find("an offset must be"), std::string::npos);
  EXPECT_NE(must_reject("2026-03-08T01:30Zjunk").find("unexpected 'j' at position 18"),
            std::string::npos);
  EXPECT_NE(must_reject("2026-03-08T01").find("the text ends"), std::string::npos);
  EXPECT_NE(must_reject("2026-3-8").find("the date must be YYYY-MM-DD"), std::string::npos);
}

}  // namespace
}  // namespace tributary::host
