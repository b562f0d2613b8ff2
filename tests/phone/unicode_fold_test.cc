#include "host/phone/unicode_fold.h"

#include <gtest/gtest.h>

namespace tributary::host::phone {
namespace {

std::string fold(std::string_view s) {
  auto r = fold_to_ascii(s);
  EXPECT_TRUE(r.ok) << r.reason;
  return to_utf8(r.text);
}

TEST(UnicodeFold, UnicodeSpacesBecomeAsciiSpaces) {
  EXPECT_EQ(fold("1\u00A02\u20093\u202F4\u30005"), "1 2 3 4 5");
}

TEST(UnicodeFold, DashesBecomeHyphens) {
  EXPECT_EQ(fold("1\u20132\u20143\u22124\u30FC5"), "1-2-3-4-5");
}

TEST(UnicodeFold, FullwidthFormsBecomeAscii) {
  EXPECT_EQ(fold("\uFF0B\uFF14\uFF14\uFF08\uFF10\uFF09\uFF0D\uFF58"), "+44(0)-x");
}

TEST(UnicodeFold, NonLatinDecimalDigitsBecomeAsciiDigits) {
  EXPECT_EQ(fold("\u0660\u0669"), "09");  // Arabic-Indic
  EXPECT_EQ(fold("\u06F0\u06F5"), "05");  // Persian
  EXPECT_EQ(fold("\u0966\u096F"), "09");  // Devanagari
}

TEST(UnicodeFold, InvisibleMarksAreDropped) {
  EXPECT_EQ(fold("\uFEFF1\u200B2\u200E3\u200F4\u00AD5\u202A6\u202C"), "123456");
}

TEST(UnicodeFold, OtherCharactersAreKeptForTheScannerToName) {
  EXPECT_EQ(fold("a\u2603\u043C"), "a\u2603\u043C");
}

TEST(UnicodeFold, MalformedUtf8IsRejectedWithItsByteOffset) {
  EXPECT_EQ(fold_to_ascii("12\xFF").reason, "invalid UTF-8 at byte 2");
  EXPECT_EQ(fold_to_ascii("1\xC3").reason, "invalid UTF-8 at byte 1");         // truncated
  EXPECT_EQ(fold_to_ascii("\xC0\xB1").reason, "invalid UTF-8 at byte 0");      // overlong '1'
  EXPECT_EQ(fold_to_ascii("\xED\xA0\x80").reason, "invalid UTF-8 at byte 0");  // surrogate
  EXPECT_EQ(fold_to_ascii("\xE2\x28\xA1").reason, "invalid UTF-8 at byte 0");  // bad continuation
}

TEST(UnicodeFold, LettersOfCommonScriptsAreLetters) {
  for (char32_t c :
       {U'a', U'Z', U'\u00E9', U'\u043C', U'\u05D8', U'\u0645', U'\u4E2D', U'\u3042', U'\uAC00'}) {
    EXPECT_TRUE(is_letter(c)) << static_cast<unsigned>(c);
  }
  for (char32_t c : {U'1', U'+', U'\u00D7', U'\u2603', U'#'}) {
    EXPECT_FALSE(is_letter(c)) << static_cast<unsigned>(c);
  }
}

TEST(UnicodeFold, ToUtf8EncodesEveryLength) {
  EXPECT_EQ(to_utf8(U"a\u00E9\u20AC\U0001F600"), "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace tributary::host::phone
