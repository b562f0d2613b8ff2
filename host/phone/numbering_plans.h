#pragma once
#include <string_view>
#include <vector>

namespace tributary::host::phone {

// National significant numbers (NSN: the digits after the country code) that begin with
// `prefix` have a length in [min_length, max_length].
struct LengthRule {
  std::string_view prefix;
  int min_length;
  int max_length;
};

// What we know about one calling code's numbers. Shared by every region on the code
// (GB's plan serves GG, IM and JE; NANP's serves US, CA and the Caribbean).
struct NumberingPlan {
  std::string_view calling_code;
  int min_length = 4;  // NSN length when no rule below matches
  int max_length = 14;
  std::string_view trunk_prefix;  // dialled before the NSN at home: "0", "1", "8", "06" or ""
  std::vector<std::string_view> international_prefixes;  // tried before the universal "00"
  std::vector<LengthRule> rules;                         // the longest matching prefix wins
  bool detailed = false;  // false: the generic rule, not country knowledge
  // Italy: the 0 of landlines is part of the NSN, so "+39 (0)6..." keeps it.
  bool leading_zero_significant = false;
};

// The plan for a calling code; the generic plan (NSN 4 to 14 digits, capped so the whole
// number stays within E.164's 15 digits, no trunk prefix) when there is no detailed one.
const NumberingPlan& plan_for(std::string_view calling_code);

// The NSN length range that applies to `nsn` under `plan`.
LengthRule length_rule_for(const NumberingPlan& plan, std::string_view nsn);

// Every detailed plan, for the tests and the documentation.
const std::vector<NumberingPlan>& detailed_plans();

}  // namespace tributary::host::phone
