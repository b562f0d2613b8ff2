#include "host/config/scalar_parse.h"

#include <gtest/gtest.h>

namespace tributary::host {
namespace {

TEST(ParseInteger, ReadsSignedDecimals) {
  EXPECT_EQ(parse_integer("42"), 42);
  EXPECT_EQ(parse_integer("-7"), -7);
  EXPECT_EQ(parse_integer("+3"), 3);
}

TEST(ParseInteger, RejectsEverythingElse) {
  EXPECT_FALSE(parse_integer(""));
  EXPECT_FALSE(parse_integer("1.5"));
  EXPECT_FALSE(parse_integer("12abc"));
  EXPECT_FALSE(parse_integer("+-3"));
  EXPECT_FALSE(parse_integer("99999999999999999999"));
}

TEST(ParseNumber, ReadsIntegersAndDecimals) {
  EXPECT_EQ(parse_number("1"), 1.0);
  EXPECT_EQ(parse_number("2.5"), 2.5);
  EXPECT_EQ(parse_number("-1e3"), -1000.0);
  EXPECT_EQ(parse_number(".5"), 0.5);
}

TEST(ParseNumber, RejectsWordsInfinityAndNan) {
  EXPECT_FALSE(parse_number("lots"));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("0x10"));
}

TEST(ParseBoolean, AcceptsOnlyTrueAndFalseSpellings) {
  EXPECT_EQ(parse_boolean("true"), true);
  EXPECT_EQ(parse_boolean("False"), false);
  EXPECT_EQ(parse_boolean("TRUE"), true);
  EXPECT_FALSE(parse_boolean("yes"));
  EXPECT_FALSE(parse_boolean("on"));
  EXPECT_FALSE(parse_boolean("1"));
}

TEST(IsPlainName, AllowsLettersDigitsAndSeparators) {
  EXPECT_TRUE(is_plain_name("rep.two_3-a"));
  EXPECT_FALSE(is_plain_name(""));
  EXPECT_FALSE(is_plain_name("rep one"));
  EXPECT_FALSE(is_plain_name("rep/1"));
}

TEST(FormatNumber, WritesTheShortestRoundTrip) {
  EXPECT_EQ(format_number(2.5), "2.5");
  EXPECT_EQ(format_number(-5), "-5");
}

}  // namespace
}  // namespace tributary::host
