#include "host/phone/phone_text.h"

#include <gtest/gtest.h>

namespace tributary::host::phone {
namespace {

TEST(ScanPhoneText, KeepsDigitsAndTheLeadingPlus) {
  auto r = scan_phone_text(" +1 (555) 123-4567 ");
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_TRUE(r.phone.plus);
  EXPECT_EQ(r.phone.digits, "15551234567");
  EXPECT_FALSE(r.phone.parenthesized_zero.has_value());
}

TEST(ScanPhoneText, MarksAParenthesisedZero) {
  auto r = scan_phone_text("+44 (0)20 7946 0958");
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.phone.digits, "4402079460958");
  ASSERT_TRUE(r.phone.parenthesized_zero.has_value());
  EXPECT_EQ(*r.phone.parenthesized_zero, 2u);
}

TEST(ScanPhoneText, ParenthesesAroundOtherDigitsAreJustFormatting) {
  auto r = scan_phone_text("(020) 7946 0958");
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.phone.parenthesized_zero.has_value());
}

TEST(ScanPhoneText, StripsTelPrefixAnyCase) {
  for (auto raw : {"tel:+15551234567", "TEL:+15551234567", "Tel: +15551234567"}) {
    auto r = scan_phone_text(raw);
    ASSERT_TRUE(r.ok) << raw << ": " << r.reason;
    EXPECT_EQ(r.phone.digits, "15551234567");
  }
}

TEST(ScanPhoneText, SplitsOffTheExtensionDigits) {
  auto r = scan_phone_text("555-123-4567 ext. 12-34#");
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.phone.digits, "5551234567");
  EXPECT_EQ(r.phone.extension, "1234");
}

TEST(ScanPhoneText, RejectionReasons) {
  EXPECT_EQ(scan_phone_text("").reason, "empty");
  EXPECT_EQ(scan_phone_text(" \t ").reason, "empty");
  EXPECT_EQ(scan_phone_text("++1").reason, "multiple plus signs");
  EXPECT_EQ(scan_phone_text("1+2").reason, "'+' after digits; it may only lead the number");
  EXPECT_EQ(scan_phone_text("1*2").reason, "unexpected character '*'");
  EXPECT_EQ(scan_phone_text("1\u26032").reason, "unexpected character U+2603");
  EXPECT_EQ(scan_phone_text("()").reason, "no digits");
  EXPECT_EQ(scan_phone_text("1-800-FLOWERS").reason,
            "contains letters \"FLOWERS\": letters and vanity numbers are not converted; "
            "give the digits");
  EXPECT_EQ(scan_phone_text("555 x1a").reason,
            "invalid extension \"1a\": an extension is digits only");
  EXPECT_EQ(scan_phone_text("tel:+1555;isub=1").reason,
            "unsupported tel: URI parameter \";isub\"; only \";ext=\" is understood");
}

TEST(ScanPhoneText, LettersAreReportedBeforeOtherCharacters) {
  EXPECT_EQ(scan_phone_text("1-800-GO-FEDEX!").reason.rfind("contains letters \"GOFEDEX\"", 0), 0u);
}

}  // namespace
}  // namespace tributary::host::phone
