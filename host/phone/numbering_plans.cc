#include "host/phone/numbering_plans.h"

#include <algorithm>

namespace tributary::host::phone {
namespace {

using Prefixes = std::vector<std::string_view>;
using Rules = std::vector<LengthRule>;

NumberingPlan plan(std::string_view code, int min, int max, std::string_view trunk,
                   Prefixes international = {}, Rules rules = {}) {
  return {code, min, max, trunk, std::move(international), std::move(rules), true, false};
}

NumberingPlan italy() {
  auto p = plan("39", 6, 11, "", {}, {{"3", 9, 10}});  // mobiles 3xx; landlines 0x...
  p.leading_zero_significant = true;
  return p;
}

// NSN lengths cover geographic, mobile and internationally reachable non-geographic numbers.
// Domestic-only short and service numbers (AU 13xx, NL 0800 xxxx...) fall outside on purpose:
// they have no E.164 form that works from abroad. docs/phone-numbers.md lists the same table.
std::vector<NumberingPlan> build_plans() {
  return {
      plan("1", 10, 10, "1", {"011"}),              // NANP: US, CA, Caribbean
      plan("7", 10, 10, "8", {"810"}),              // RU, KZ
      plan("20", 8, 10, "0", {}, {{"1", 10, 10}}),  // EG: mobiles 1x + 8 digits
      plan("27", 9, 9, "0"),                        // ZA
      plan("30", 10, 10, ""),                       // GR
      plan("31", 9, 9, "0"),                        // NL
      plan("32", 8, 9, "0", {}, {{"4", 9, 9}}),     // BE: mobiles 4xx
      plan("33", 9, 9, "0"),                        // FR
      plan("34", 9, 9, ""),                         // ES
      plan("36", 8, 9, "06"),                       // HU
      italy(),
      plan("40", 9, 9, "0"),   // RO
      plan("41", 9, 9, "0"),   // CH
      plan("43", 4, 13, "0"),  // AT: open plan, direct-dial extensions appended
      plan("44", 9, 10, "0", {}, {{"2", 10, 10}, {"3", 10, 10}, {"7", 10, 10}}),  // GB
      plan("45", 8, 8, ""),                                                       // DK
      plan("46", 7, 9, "0", {}, {{"7", 9, 9}}),                                   // SE: mobiles 7x
      plan("47", 8, 8, ""),                                                       // NO
      plan("48", 9, 9, ""),                                                       // PL
      plan("49", 6, 13, "0", {}, {{"15", 11, 11}, {"16", 10, 11}, {"17", 10, 11}}),  // DE
      plan("51", 8, 9, "0", {}, {{"9", 9, 9}}),                                      // PE
      plan("52", 10, 10, ""),  // MX: national_quirks.cc handles 01 / 044 / 045 / +52 1
      plan("54", 10, 10, "0", {}, {{"9", 11, 11}}),  // AR: +54 9 marks mobiles
      plan("55", 10, 11, "0"),                       // BR: 0 + carrier code, see national_quirks.cc
      plan("56", 9, 9, ""),                          // CL
      plan("57", 10, 10, "", {"005", "007", "009"}),  // CO: 8-digit landlines get 60
      plan("58", 10, 10, "0"),                        // VE
      plan("60", 8, 10, "0", {}, {{"1", 9, 10}}),     // MY
      plan("61", 9, 9, "0", {"0011"}),                // AU
      plan("62", 8, 12, "0", {"001", "007", "008"}, {{"8", 9, 12}}),            // ID
      plan("63", 8, 10, "0", {}, {{"9", 10, 10}}),                              // PH
      plan("64", 8, 10, "0"),                                                   // NZ
      plan("65", 8, 8, "", {"001", "008"}),                                     // SG
      plan("66", 8, 9, "0", {"001"}, {{"6", 9, 9}, {"8", 9, 9}, {"9", 9, 9}}),  // TH
      plan("81", 9, 10, "0", {"010"},
           {{"50", 10, 10}, {"70", 10, 10}, {"80", 10, 10}, {"90", 10, 10}}),  // JP
      plan("82", 8, 10, "0", {"001", "002", "005", "008"}, {{"10", 10, 10}}),  // KR
      plan("84", 9, 10, "0", {}, {{"2", 10, 10}}),  // VN: landlines 2x, mobiles 9 digits
      plan("86", 9, 11, "0", {},
           {{"13", 11, 11},
            {"14", 11, 11},
            {"15", 11, 11},
            {"16", 11, 11},
            {"17", 11, 11},
            {"18", 11, 11},
            {"19", 11, 11}}),   // CN: mobiles 1[3-9]
      plan("90", 10, 10, "0"),  // TR
      plan("91", 10, 10, "0"),  // IN
      plan("234", 8, 10, "0", {"009"},
           {{"70", 10, 10}, {"80", 10, 10}, {"81", 10, 10}, {"90", 10, 10}, {"91", 10, 10}}),  // NG
      plan("254", 8, 9, "0", {"000"}, {{"1", 9, 9}, {"7", 9, 9}}),                             // KE
      plan("351", 9, 9, ""),                                                                   // PT
      plan("353", 7, 9, "0", {}, {{"8", 9, 9}}),                                               // IE
      plan("354", 7, 7, ""),                                                                   // IS
      plan("358", 5, 12, "0"),                                                                 // FI
      plan("380", 9, 9, "0"),                                                                  // UA
      plan("420", 9, 9, ""),                                                                   // CZ
      plan("852", 8, 8, "", {"001"}),                                                          // HK
      plan("886", 8, 9, "0", {}, {{"9", 9, 9}}),                                               // TW
      plan("966", 9, 9, "0"),                                                                  // SA
      plan("971", 8, 9, "0", {}, {{"5", 9, 9}}),                                               // AE
      plan("972", 8, 9, "0", {}, {{"5", 9, 9}, {"7", 9, 9}}),                                  // IL
  };
}

NumberingPlan generic_plan(std::size_t code_length) {
  NumberingPlan p;
  p.max_length = std::min<int>(14, 15 - static_cast<int>(code_length));
  return p;
}

}  // namespace

const std::vector<NumberingPlan>& detailed_plans() {
  static const std::vector<NumberingPlan> kPlans = build_plans();
  return kPlans;
}

const NumberingPlan& plan_for(std::string_view calling_code) {
  for (const auto& p : detailed_plans()) {
    if (p.calling_code == calling_code) return p;
  }
  static const NumberingPlan kGeneric[] = {generic_plan(1), generic_plan(2), generic_plan(3)};
  return kGeneric[std::clamp<std::size_t>(calling_code.size(), 1, 3) - 1];
}

LengthRule length_rule_for(const NumberingPlan& plan, std::string_view nsn) {
  LengthRule best{"", plan.min_length, plan.max_length};
  for (const auto& r : plan.rules) {
    if (nsn.starts_with(r.prefix) && r.prefix.size() > best.prefix.size()) best = r;
  }
  return best;
}

}  // namespace tributary::host::phone
