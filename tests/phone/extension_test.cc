#include "host/phone/extension.h"

#include <gtest/gtest.h>

#include "host/phone/unicode_fold.h"

namespace tributary::host::phone {
namespace {

struct Split {
  std::string number;
  std::string extension;
  bool found;
};

Split split(std::u32string_view text) {
  auto s = split_extension(text);
  return {to_utf8(s.number), to_utf8(s.extension), s.found};
}

TEST(SplitExtension, RecognisesEveryMarkerCaseInsensitively) {
  for (std::u32string_view text :
       {U"555 x12", U"555X12", U"555 ext 12", U"555 EXT. 12", U"555 Ext:12", U"555 ext.12",
        U"555 extension 12", U"555 Extension: 12", U"555 #12", U"555;ext=12", U"555,,12",
        U"555 x. 12"}) {
    auto s = split(text);
    EXPECT_TRUE(s.found) << to_utf8(text);
    EXPECT_EQ(s.extension, "12") << to_utf8(text);
  }
}

TEST(SplitExtension, KeepsTheNumberBeforeTheMarker) {
  auto s = split(U"+1 555 123 4567 ext. 89");
  EXPECT_EQ(s.number, "+1 555 123 4567 ");
  EXPECT_EQ(s.extension, "89");
}

TEST(SplitExtension, MarkerAtTheEndGivesAnEmptyExtension) {
  auto s = split(U"555-1234 ext.");
  EXPECT_TRUE(s.found);
  EXPECT_EQ(s.number, "555-1234 ");
  EXPECT_EQ(s.extension, "");
}

TEST(SplitExtension, MarkerBeforeAnyDigitIsNotAMarker) {
  EXPECT_FALSE(split(U"x123").found);
  EXPECT_FALSE(split(U"#123").found);
}

TEST(SplitExtension, MarkerFollowedByOtherTextIsNotAMarker) {
  EXPECT_FALSE(split(U"555-1234 extra").found);
  EXPECT_FALSE(split(U"555-1234 ext abc").found);
}

TEST(SplitExtension, MarkerGluedToAWordIsPartOfTheWord) {
  EXPECT_FALSE(split(U"1-800-FLEX").found);
  EXPECT_FALSE(split(U"555 Fax 123").found);
}

TEST(SplitExtension, FirstMarkerWins) {
  auto s = split(U"555 x12 #34");
  EXPECT_EQ(s.number, "555 ");
  EXPECT_EQ(s.extension, "12 #34");
}

TEST(SplitExtension, NoMarkerLeavesTheTextWhole) {
  auto s = split(U"+44 20 7946 0958");
  EXPECT_FALSE(s.found);
  EXPECT_EQ(s.number, "+44 20 7946 0958");
}

}  // namespace
}  // namespace tributary::host::phone
