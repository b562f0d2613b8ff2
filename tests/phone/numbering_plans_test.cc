#include "host/phone/numbering_plans.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "host/phone/calling_codes.h"

namespace tributary::host::phone {
namespace {

TEST(NumberingPlans, EveryCountryTheIssueNamesHasADetailedPlan) {
  for (auto region : {"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE",
                      "NO", "DK", "FI", "IE", "PT", "PL", "CZ", "AU", "NZ", "IN", "CN", "JP",
                      "KR", "SG", "HK", "BR", "MX", "AR", "CL", "CO", "ZA", "NG", "KE", "EG",
                      "AE", "SA", "IL", "TR", "RU", "PH", "ID", "MY", "TH", "VN"}) {
    auto code = calling_code_of_region(region);
    ASSERT_FALSE(code.empty()) << region;
    EXPECT_TRUE(plan_for(code).detailed) << region;
  }
}

TEST(NumberingPlans, AreConsistentWithTheCallingCodeTable) {
  for (const auto& p : detailed_plans()) {
    EXPECT_NE(find_calling_code(p.calling_code), nullptr) << p.calling_code;
    EXPECT_LE(p.min_length, p.max_length) << p.calling_code;
    EXPECT_LE(p.calling_code.size() + p.max_length, 15u) << p.calling_code << ": over E.164";
    for (const auto& r : p.rules) {
      EXPECT_LE(r.min_length, r.max_length) << p.calling_code << " " << r.prefix;
      EXPECT_FALSE(r.prefix.empty()) << p.calling_code;
    }
    for (auto prefix : p.international_prefixes) {
      EXPECT_TRUE(prefix.starts_with('0') || prefix.starts_with('8')) << prefix;
    }
  }
}

TEST(NumberingPlans, GenericPlanKeepsTheWholeNumberWithinFifteenDigits) {
  EXPECT_FALSE(plan_for("352").detailed);
  EXPECT_EQ(plan_for("352").min_length, 4);
  EXPECT_EQ(plan_for("352").max_length, 12);
  EXPECT_EQ(plan_for("93").max_length, 13);
  EXPECT_EQ(plan_for("352").trunk_prefix, "");
}

TEST(NumberingPlans, LongestMatchingRuleWins) {
  const auto& de = plan_for("49");
  EXPECT_EQ(length_rule_for(de, "15123456789").min_length, 11);
  EXPECT_EQ(length_rule_for(de, "1712345678").min_length, 10);
  auto fallback = length_rule_for(de, "30123456");
  EXPECT_EQ(fallback.prefix, "");
  EXPECT_EQ(fallback.min_length, 6);
  EXPECT_EQ(fallback.max_length, 13);
}

TEST(NumberingPlans, ItalyKeepsItsLeadingZero) {
  EXPECT_TRUE(plan_for("39").leading_zero_significant);
  EXPECT_EQ(plan_for("39").trunk_prefix, "");
  EXPECT_FALSE(plan_for("44").leading_zero_significant);
}

std::string range_text(int min, int max) {
  return min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
}

std::string rules_text(const NumberingPlan& p) {
  std::string out;
  for (const auto& r : p.rules) {
    if (!out.empty()) out += "; ";
    out += std::string(r.prefix) + ": " + range_text(r.min_length, r.max_length);
  }
  return out.empty() ? "—" : out;
}

std::string prefixes_text(const NumberingPlan& p) {
  std::string out;
  for (auto prefix : p.international_prefixes) {
    if (!out.empty()) out += ", ";
    out += prefix;
  }
  return out.empty() ? "—" : out;
}

// Table rows of docs/phone-numbers.md keyed by their first cell ("+44"), cells trimmed.
std::map<std::string, std::vector<std::string>> documented_rows() {
  std::ifstream in(TRIBUTARY_SOURCE_DIR "/docs/phone-numbers.md");
  EXPECT_TRUE(in.good());
  std::map<std::string, std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("| +")) continue;
    std::vector<std::string> cells;
    std::size_t at = 1;
    while (at < line.size()) {
      auto bar = line.find('|', at);
      if (bar == std::string::npos) break;
      auto cell = line.substr(at, bar - at);
      cell.erase(0, cell.find_first_not_of(' '));
      cell.erase(cell.find_last_not_of(' ') + 1);
      cells.push_back(cell);
      at = bar + 1;
    }
    rows[cells[0]] = cells;
  }
  return rows;
}

// The documentation's table is what operators read; it must say what the code does.
TEST(NumberingPlans, DocumentationMatchesTheTable) {
  auto rows = documented_rows();
  for (const auto& p : detailed_plans()) {
    std::string key = "+" + std::string(p.calling_code);
    auto it = rows.find(key);
    ASSERT_NE(it, rows.end()) << key << " missing from docs/phone-numbers.md";
    const auto& cells = it->second;
    ASSERT_EQ(cells.size(), 6u) << key;
    EXPECT_EQ(cells[1], find_calling_code(p.calling_code)->regions) << key;
    EXPECT_EQ(cells[2], range_text(p.min_length, p.max_length)) << key;
    EXPECT_EQ(cells[3], rules_text(p)) << key;
    EXPECT_TRUE(cells[4].starts_with(p.trunk_prefix.empty() ? "—" : p.trunk_prefix)) << key;
    EXPECT_EQ(cells[5], prefixes_text(p)) << key;
  }
  EXPECT_EQ(rows.size(), detailed_plans().size()) << "the doc lists a plan the code lacks";
}

}  // namespace
}  // namespace tributary::host::phone
