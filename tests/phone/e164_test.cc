#include "host/phone/e164.h"

#include <gtest/gtest.h>

#include "host/phone/calling_codes.h"
#include "host/phone/numbering_plans.h"

namespace tributary::host {
namespace {

TEST(NormalizePhone, AcceptedResultCarriesNumberExtensionAndCountry) {
  auto r = normalize_phone("+44 (0)20 7946 0958 ext. 201", "US");
  ASSERT_TRUE(r.ok) << r.reason;
  EXPECT_EQ(r.e164, "+442079460958");
  EXPECT_EQ(r.extension, "201");
  EXPECT_EQ(r.country, "GB");
  EXPECT_EQ(r.reason, "");
}

TEST(NormalizePhone, RejectedResultCarriesOnlyTheReason) {
  auto r = normalize_phone("555-1234 x12", "US");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.e164, "");
  EXPECT_EQ(r.extension, "");
  EXPECT_EQ(r.country, "");
  EXPECT_EQ(r.reason, "too short for US (7 digits; expected 10)");
}

// The exact sentences operators see in the leads summary.
TEST(NormalizePhone, ReasonsAreExact) {
  EXPECT_EQ(normalize_phone("", "US").reason, "empty");
  EXPECT_EQ(normalize_phone("0000000000", "US").reason,
            "all digits are the same (0000000000); that is a placeholder");
  EXPECT_EQ(normalize_phone("+999 123", "US").reason,
            "invalid country code +999; no country dials in with it");
  EXPECT_EQ(normalize_phone("+0044 20 7946 0958", "US").reason,
            "invalid country code: '+' is followed by 0; write +44..., not +0044...");
  EXPECT_EQ(normalize_phone("00", "US").reason, "nothing after the international prefix 00");
  EXPECT_EQ(normalize_phone("555-123-4567", "ZZ").reason,
            "unknown default country 'ZZ'; expected an ISO 3166 alpha-2 code such as US, GB "
            "or DE");
  EXPECT_EQ(normalize_phone("020 7946 0958", "uk").reason,
            "unknown default country 'uk' (did you mean 'GB'?); expected an ISO 3166 alpha-2 "
            "code such as US, GB or DE");
  EXPECT_EQ(normalize_phone("555-123-4567", "").reason,
            "national number without a country code and no default country; write it as "
            "+<country code><number>");
  EXPECT_EQ(normalize_phone("+44 20 7946 095", "US").reason,
            "too short for GB (9 digits; expected 10 for numbers starting 2)");
  EXPECT_EQ(normalize_phone("+352 1234 5678 9012 3", "US").reason,
            "too long for LU (13 digits; expected 4 to 12)");
  EXPECT_EQ(normalize_phone("+44 00 7946 0958", "US").reason,
            "invalid number for GB: after +44 a number cannot start with 0");
  EXPECT_EQ(normalize_phone("+881 12", "US").reason,
            "too short for +881 (2 digits; expected 4 to 12)");
}

TEST(NormalizePhone, DefaultCountryIsCaseInsensitiveAndTrimmed) {
  for (auto def : {"GB", "gb", "Gb", " GB "}) {
    auto r = normalize_phone("020 7946 0958", def);
    ASSERT_TRUE(r.ok) << def << ": " << r.reason;
    EXPECT_EQ(r.e164, "+442079460958");
    EXPECT_EQ(r.country, "GB");
  }
}

TEST(NormalizePhone, RegionSharingACodeWithTheNumberIsKept) {
  EXPECT_EQ(normalize_phone("+44 1534 123456", "JE").country, "JE");
  EXPECT_EQ(normalize_phone("+44 1534 123456", "US").country, "GB");
}

TEST(NormalizePhone, ExtensionDoesNotCountTowardsTheLength) {
  auto r = normalize_phone("555-234-5678 x1234567", "US");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.e164, "+15552345678");
  EXPECT_EQ(r.extension, "1234567");
}

TEST(NormalizePhone, InvalidUtf8IsRejectedNotMisread) {
  EXPECT_EQ(normalize_phone("555\xFF"
                            "1234567",
                            "US")
                .reason,
            "invalid UTF-8 at byte 3");
}

TEST(NormalizePhone, OutputIsAFixedPoint) {
  for (auto [raw, def] : {std::pair{"+44 20 7946 0958", "US"},
                          {"(555) 234-5678", "US"},
                          {"0412 345 678", "AU"},
                          {"06 1234 5678", "IT"}}) {
    auto once = normalize_phone(raw, def);
    ASSERT_TRUE(once.ok) << raw;
    auto twice = normalize_phone(once.e164, "US");
    ASSERT_TRUE(twice.ok) << once.e164;
    EXPECT_EQ(twice.e164, once.e164);
  }
}

// Every code in the table takes a number of its shortest valid length and resolves to its
// main region: a table row that cannot be reached would show up here.
TEST(NormalizePhone, EveryCallingCodeAcceptsAShortestValidNumber) {
  const std::string kDigits = "23456789012345";
  for (const auto& code : phone::all_calling_codes()) {
    const auto& plan = phone::plan_for(code.code);
    auto rule = phone::length_rule_for(plan, kDigits);
    std::string nsn = kDigits.substr(0, static_cast<std::size_t>(rule.min_length));
    auto r = normalize_phone("+" + std::string(code.code) + nsn, "");
    ASSERT_TRUE(r.ok) << "+" << code.code << " " << nsn << ": " << r.reason;
    EXPECT_EQ(r.e164, "+" + std::string(code.code) + nsn);
    EXPECT_EQ(r.country, phone::primary_region(code)) << code.code;
    auto too_short =
        normalize_phone("+" + std::string(code.code) + nsn.substr(0, nsn.size() - 1), "");
    EXPECT_FALSE(too_short.ok) << code.code;
  }
}

TEST(IsKnownPhoneRegion, KnowsIsoCodesInAnyCase) {
  EXPECT_TRUE(is_known_phone_region("US"));
  EXPECT_TRUE(is_known_phone_region("gb"));
  EXPECT_TRUE(is_known_phone_region("Jm"));
  EXPECT_FALSE(is_known_phone_region("UK"));
  EXPECT_FALSE(is_known_phone_region("USA"));
  EXPECT_FALSE(is_known_phone_region(""));
}

}  // namespace
}  // namespace tributary::host
