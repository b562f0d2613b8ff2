// Runs every row of phone_cases.tsv through normalize_phone. The table is the documented
// behaviour (docs/phone-numbers.md); each failing row is reported as phone_cases.tsv:<line>.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "host/phone/e164.h"
#include "host/phone/unicode_fold.h"

namespace tributary::host {
namespace {

constexpr const char* kTablePath = TRIBUTARY_SOURCE_DIR "/tests/phone/phone_cases.tsv";

struct PhoneCase {
  int line = 0;
  std::string raw;
  std::string default_country;
  std::string expected;  // E.164, or "REJECT"
  std::string detail;    // extension when accepted ("" for none), reason text if not
  std::string country;   // optional: expected region when accepted; "-" for none
};

// The raw column understands \t, \\ and \uXXXX so invisible characters stay visible in the
// file. Returns false on a malformed escape.
bool unescape(const std::string& in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\') {
      out += in[i];
      continue;
    }
    if (i + 1 >= in.size()) return false;
    char e = in[++i];
    if (e == 't') {
      out += '\t';
    } else if (e == '\\') {
      out += '\\';
    } else if (e == 'u' && i + 4 < in.size() &&
               in.substr(i + 1, 4).find_first_not_of("0123456789abcdefABCDEF") ==
                   std::string::npos) {
      auto code = static_cast<char32_t>(std::stoul(in.substr(i + 1, 4), nullptr, 16));
      out += phone::to_utf8(std::u32string(1, code));
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

std::vector<PhoneCase> load_cases() {
  std::ifstream in(kTablePath);
  EXPECT_TRUE(in.good()) << "cannot open " << kTablePath;
  std::vector<PhoneCase> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() < 3 || f.size() > 5) {
      ADD_FAILURE() << "phone_cases.tsv:" << number << ": expected 3 to 5 tab-separated "
                    << "columns (raw, default country, e164|REJECT, extension|reason, "
                    << "country), got " << f.size();
      continue;
    }
    PhoneCase c;
    c.line = number;
    if (!unescape(f[0], c.raw)) {
      ADD_FAILURE() << "phone_cases.tsv:" << number << ": bad escape in raw column";
      continue;
    }
    c.default_country = f[1];
    c.expected = f[2];
    if (f.size() > 3) c.detail = f[3];
    if (f.size() > 4) c.country = f[4];
    if (c.expected == "REJECT" && c.detail.empty()) {
      ADD_FAILURE() << "phone_cases.tsv:" << number << ": a REJECT row needs a reason keyword";
      continue;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::string describe(const PhoneResult& r) {
  if (!r.ok) return "REJECT (" + r.reason + ")";
  return r.e164 + " ext=\"" + r.extension + "\" country=" + r.country;
}

TEST(PhoneCases, EveryRowNormalisesAsDocumented) {
  auto cases = load_cases();
  // The issue asks for a large table of real-world formats; a truncated file must not pass.
  EXPECT_GE(cases.size(), 250u);
  int failures = 0;
  for (const auto& c : cases) {
    auto r = normalize_phone(c.raw, c.default_country);
    bool pass;
    if (c.expected == "REJECT") {
      pass = !r.ok && r.reason.find(c.detail) != std::string::npos;
    } else {
      pass = r.ok && r.e164 == c.expected && r.extension == c.detail &&
             (c.country.empty() || r.country == (c.country == "-" ? "" : c.country));
    }
    if (!pass) {
      ++failures;
      ADD_FAILURE() << "phone_cases.tsv:" << c.line << ": \"" << c.raw << "\" with default '"
                    << c.default_country << "': expected " << c.expected
                    << (c.detail.empty() ? "" : " [" + c.detail + "]")
                    << (c.country.empty() ? "" : " country=" + c.country) << ", got "
                    << describe(r);
    }
  }
  EXPECT_EQ(failures, 0) << failures << " of " << cases.size() << " rows failed";
}

}  // namespace
}  // namespace tributary::host
