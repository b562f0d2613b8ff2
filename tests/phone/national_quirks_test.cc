#include "host/phone/national_quirks.h"

#include <gtest/gtest.h>

namespace tributary::host::phone {
namespace {

TEST(NationalQuirks, ArgentinaFifteenBecomesNine) {
  EXPECT_EQ(apply_national_quirks("54", "111512345678", true), "91112345678");  // Buenos Aires
  EXPECT_EQ(apply_national_quirks("54", "351151234567", true), "93511234567");  // Córdoba
  EXPECT_EQ(apply_national_quirks("54", "297415123456", true), "92974123456");  // 4-digit area
  EXPECT_EQ(apply_national_quirks("54", "91112345678", false), "91112345678");
  EXPECT_EQ(apply_national_quirks("54", "1141234567", true), "1141234567");
}

TEST(NationalQuirks, BrazilCarrierCodeOnlyAfterTheTrunkPrefix) {
  EXPECT_EQ(apply_national_quirks("55", "2111987654321", true), "11987654321");
  EXPECT_EQ(apply_national_quirks("55", "151123456789", true), "1123456789");
  EXPECT_EQ(apply_national_quirks("55", "151123456789", false), "151123456789");
  EXPECT_EQ(apply_national_quirks("55", "11987654321", true), "11987654321");
}

TEST(NationalQuirks, ColombiaEightDigitLandlinesGainSixty) {
  EXPECT_EQ(apply_national_quirks("57", "12345678", false), "6012345678");
  EXPECT_EQ(apply_national_quirks("57", "42345678", true), "6042345678");
  EXPECT_EQ(apply_national_quirks("57", "3001234567", false), "3001234567");
  EXPECT_EQ(apply_national_quirks("57", "92345678", false), "92345678");
}

TEST(NationalQuirks, MexicoRetiredPrefixesGo) {
  EXPECT_EQ(apply_national_quirks("52", "15512345678", false), "5512345678");
  EXPECT_EQ(apply_national_quirks("52", "015512345678", false), "5512345678");
  EXPECT_EQ(apply_national_quirks("52", "0445512345678", false), "5512345678");
  EXPECT_EQ(apply_national_quirks("52", "0453312345678", false), "3312345678");
  EXPECT_EQ(apply_national_quirks("52", "5512345678", false), "5512345678");
}

TEST(NationalQuirks, OtherCountriesAreUntouched) {
  EXPECT_EQ(apply_national_quirks("44", "111512345678", true), "111512345678");
  EXPECT_EQ(apply_national_quirks("49", "12345678", true), "12345678");
}

}  // namespace
}  // namespace tributary::host::phone
