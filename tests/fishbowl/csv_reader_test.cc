#include "plugins/fishbowl/csv_reader.h"

#include <gtest/gtest.h>

namespace tributary::fishbowl {
namespace {

using Fields = std::vector<std::string>;

TEST(FishbowlCsvReader, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
  auto records = read_csv(
      "\xEF\xBB\xBF"
      "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(records[1].fields, (Fields{"x, y", "say \"hi\"", "two\r\nlines"}));
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[2].fields, (Fields{"last", "", ""}));
  EXPECT_EQ(records[2].line, 4) << "the quoted line break counts";
  for (const auto& r : records) EXPECT_TRUE(r.error.empty()) << r.error;
}

TEST(FishbowlCsvReader, BlankLinesAreSkippedAndLinesStillCount) {
  auto records = read_csv("a\n\n  \nb\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].line, 4);
  EXPECT_EQ(records[1].fields, (Fields{"b"}));
}

TEST(FishbowlCsvReader, TextAfterAClosingQuoteIsAnErrorForThatRecordOnly) {
  auto records = read_csv("1,\"Acme \"Best\" Inc\",x\n2,ok\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[0].error.find("after a closing quote"), std::string::npos);
  EXPECT_EQ(records[1].fields, (Fields{"2", "ok"}));
  EXPECT_EQ(records[1].line, 2);
}

TEST(FishbowlCsvReader, AnUnclosedQuoteLosesOnlyItsOwnLine) {
  auto records = read_csv("1,\"open\n2,fine\n3,also fine\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].line, 1);
  EXPECT_NE(records[0].error.find("never closed"), std::string::npos);
  EXPECT_EQ(records[1].fields, (Fields{"2", "fine"}));
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[2].line, 3);
}

TEST(FishbowlCsvReader, AQuoteInsideAnUnquotedFieldIsKept) {
  auto records = read_csv("5\" pipe,ok");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields, (Fields{"5\" pipe", "ok"}));
  EXPECT_TRUE(records[0].error.empty());
}

TEST(FishbowlCsvReader, NoTrailingNewline) {
  auto records = read_csv("a,b");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields, (Fields{"a", "b"}));
  EXPECT_TRUE(read_csv("").empty());
}

}  // namespace
}  // namespace tributary::fishbowl
