#include "host/phone/calling_codes.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

namespace tributary::host::phone {
namespace {

std::set<std::string> split_regions(std::string_view regions) {
  std::set<std::string> out;
  std::size_t at = 0;
  while (at < regions.size()) {
    auto space = regions.find(' ', at);
    if (space == std::string_view::npos) space = regions.size();
    out.emplace(regions.substr(at, space - at));
    at = space + 1;
  }
  return out;
}

// The codes the issue names by range: every one of them must be known.
TEST(CallingCodes, CoversTheCodesTheIssueLists) {
  for (std::string code :
       {"1",  "7",  "20", "27", "30", "31", "32", "33",  "34",  "36",  "39",  "40", "41",
        "43", "44", "45", "46", "47", "48", "49", "51",  "52",  "53",  "54",  "55", "56",
        "57", "58", "60", "61", "62", "63", "64", "65",  "66",  "81",  "82",  "84", "86",
        "90", "91", "92", "93", "94", "95", "98", "420", "421", "423", "880", "886"}) {
    EXPECT_NE(find_calling_code(code), nullptr) << code;
  }
  for (int code = 500; code <= 509; ++code) {
    EXPECT_NE(find_calling_code(std::to_string(code)), nullptr) << code;
  }
  for (int code = 590; code <= 599; ++code) {
    EXPECT_NE(find_calling_code(std::to_string(code)), nullptr) << code;
  }
  for (int code = 850; code <= 856; ++code) {
    if (code == 851 || code == 854) continue;  // spare
    EXPECT_NE(find_calling_code(std::to_string(code)), nullptr) << code;
  }
}

TEST(CallingCodes, LeavesSpareCodesOut) {
  for (auto code : {"214", "259", "280", "289", "292", "360", "379", "384", "388", "422", "671",
                    "684", "851", "969", "990", "997", "999"}) {
    EXPECT_EQ(find_calling_code(code), nullptr) << code;
  }
}

TEST(CallingCodes, AreOneToThreeDigitsAndPrefixFree) {
  auto codes = all_calling_codes();
  for (const auto& a : codes) {
    EXPECT_GE(a.code.size(), 1u);
    EXPECT_LE(a.code.size(), 3u);
    EXPECT_NE(a.code[0], '0') << a.code;
    for (const auto& b : codes) {
      if (&a != &b) {
        EXPECT_FALSE(b.code.starts_with(a.code)) << a.code << " prefixes " << b.code;
      }
    }
  }
}

TEST(CallingCodes, EachRegionIsTwoUpperCaseLettersOnOneCode) {
  std::set<std::string> seen;
  for (const auto& c : all_calling_codes()) {
    for (const auto& region : split_regions(c.regions)) {
      EXPECT_EQ(region.size(), 2u) << c.code;
      EXPECT_TRUE(std::isupper(static_cast<unsigned char>(region[0])) &&
                  std::isupper(static_cast<unsigned char>(region[1])))
          << region;
      EXPECT_TRUE(seen.insert(region).second) << region << " is listed on two codes";
    }
  }
  EXPECT_GT(seen.size(), 200u);
}

TEST(CallingCodes, MatchReadsTheCodeOffTheFrontOfTheDigits) {
  ASSERT_NE(match_calling_code("15551234567"), nullptr);
  EXPECT_EQ(match_calling_code("15551234567")->code, "1");
  EXPECT_EQ(match_calling_code("442079460958")->code, "44");
  EXPECT_EQ(match_calling_code("353871234567")->code, "353");
  EXPECT_EQ(match_calling_code("999123"), nullptr);
  EXPECT_EQ(match_calling_code(""), nullptr);
}

TEST(CallingCodes, RegionsFindTheirCode) {
  EXPECT_EQ(calling_code_of_region("US"), "1");
  EXPECT_EQ(calling_code_of_region("CA"), "1");
  EXPECT_EQ(calling_code_of_region("JE"), "44");
  EXPECT_EQ(calling_code_of_region("KZ"), "7");
  EXPECT_EQ(calling_code_of_region("SH"), "290");
  EXPECT_EQ(calling_code_of_region("UK"), "");
  EXPECT_EQ(calling_code_of_region("gb"), "");  // callers upper-case first
  EXPECT_EQ(calling_code_of_region("GBR"), "");
}

TEST(CallingCodes, PrimaryRegionIsTheFirstListed) {
  EXPECT_EQ(primary_region(*find_calling_code("1")), "US");
  EXPECT_EQ(primary_region(*find_calling_code("44")), "GB");
  EXPECT_EQ(primary_region(*find_calling_code("882")), "");
}

}  // namespace
}  // namespace tributary::host::phone
