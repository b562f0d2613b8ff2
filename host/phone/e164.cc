#include "host/phone/e164.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "host/phone/calling_codes.h"
#include "host/phone/nanp.h"
#include "host/phone/national_quirks.h"
#include "host/phone/numbering_plans.h"
#include "host/phone/phone_text.h"

namespace tributary::host {
namespace {

using phone::NumberingPlan;

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

PhoneResult reject(std::string reason) {
  PhoneResult r;
  r.reason = std::move(reason);
  return r;
}

bool all_same_digit(std::string_view digits) {
  return digits.size() >= 4 &&
         std::all_of(digits.begin(), digits.end(), [&](char c) { return c == digits[0]; });
}

std::string all_same_reason(std::string_view digits) {
  return "all digits are the same (" + std::string(digits) + "); that is a placeholder";
}

// The default region as the caller wrote it, checked: its calling code, or a reason.
struct DefaultRegion {
  std::string region;        // upper case; "" when none was given
  std::string calling_code;  // "" when none was given
  std::string problem;
};

DefaultRegion resolve_default(std::string_view given) {
  while (!given.empty() && given.front() == ' ') given.remove_prefix(1);
  while (!given.empty() && given.back() == ' ') given.remove_suffix(1);
  DefaultRegion d{upper(given), "", ""};
  if (d.region.empty()) return d;
  d.calling_code = std::string(phone::calling_code_of_region(d.region));
  if (d.calling_code.empty()) {
    std::string hint = d.region == "UK"   ? " (did you mean 'GB'?)"
                       : d.region == "EL" ? " (did you mean 'GR'?)"
                                          : "";
    d.problem = "unknown default country '" + std::string(given) + "'" + hint +
                "; expected an ISO 3166 alpha-2 code such as US, GB or DE";
  }
  return d;
}

// The region a valid number resolves to; the default region when it shares the calling code.
std::string resolve_region(const phone::CallingCode& code, std::string_view nsn,
                           const DefaultRegion& def) {
  if (code.code == "1" && nsn.size() == 10) return std::string(phone::nanp_region(nsn, def.region));
  if (code.code == "7" && !nsn.empty()) return (nsn[0] == '6' || nsn[0] == '7') ? "KZ" : "RU";
  if (def.calling_code == code.code) return def.region;
  return std::string(phone::primary_region(code));
}

std::string length_reason(bool too_short, const std::string& where, std::size_t length,
                          const phone::LengthRule& rule) {
  std::string expected =
      rule.min_length == rule.max_length
          ? std::to_string(rule.min_length)
          : std::to_string(rule.min_length) + " to " + std::to_string(rule.max_length);
  std::string starting =
      rule.prefix.empty() ? "" : " for numbers starting " + std::string(rule.prefix);
  return std::string(too_short ? "too short" : "too long") + " for " + where + " (" +
         std::to_string(length) + " digits; expected " + expected + starting + ")";
}

bool length_fits(const NumberingPlan& plan, std::string_view nsn) {
  auto rule = phone::length_rule_for(plan, nsn);
  auto n = static_cast<int>(nsn.size());
  return n >= rule.min_length && n <= rule.max_length;
}

// Final checks shared by international and national input, then the result.
PhoneResult finish(const phone::CallingCode& code, std::string_view nsn, const DefaultRegion& def,
                   std::string extension) {
  const auto& plan = phone::plan_for(code.code);
  std::string region = resolve_region(code, nsn, def);
  std::string where = region.empty() ? "+" + std::string(code.code) : region;
  if (all_same_digit(nsn)) return reject(all_same_reason(nsn));
  if (plan.trunk_prefix.starts_with('0') && nsn.starts_with('0')) {
    return reject("invalid number for " + where + ": after +" + std::string(code.code) +
                  " a number cannot start with 0");
  }
  auto rule = phone::length_rule_for(plan, nsn);
  auto n = static_cast<int>(nsn.size());
  if (n < rule.min_length || n > rule.max_length) {
    return reject(length_reason(n < rule.min_length, where, nsn.size(), rule));
  }
  if (code.code == "1") {
    if (auto problem = phone::nanp_problem(nsn); !problem.empty()) return reject(problem);
  }
  PhoneResult r;
  r.ok = true;
  r.e164 = "+" + std::string(code.code) + std::string(nsn);
  r.extension = std::move(extension);
  r.country = std::move(region);
  return r;
}

// Digits after '+' or an international prefix: country code, then the NSN.
PhoneResult from_international(std::string_view prefix, std::string_view digits,
                               std::optional<std::size_t> paren_zero, const DefaultRegion& def,
                               std::string extension) {
  if (digits.empty()) {
    return reject("nothing after the international prefix " + std::string(prefix));
  }
  const auto* code = phone::match_calling_code(digits);
  if (code == nullptr) {
    return reject("invalid country code +" + std::string(digits.substr(0, 3)) +
                  "; no country dials in with it");
  }
  std::string nsn(digits.substr(code->code.size()));
  const auto& plan = phone::plan_for(code->code);
  // "+44 (0)20 ..." and "+44 020 ...": the trunk prefix does not belong in E.164. Italy keeps
  // its leading 0, and a plan without a trunk prefix never drops one except when marked "(0)".
  bool marked = paren_zero && *paren_zero == code->code.size();
  if ((marked && !plan.leading_zero_significant) ||
      (plan.trunk_prefix == "0" && nsn.starts_with('0'))) {
    nsn.erase(0, 1);
  }
  nsn = phone::apply_national_quirks(code->code, std::move(nsn), false);
  return finish(*code, nsn, def, std::move(extension));
}

// Digits written the way the default region dials at home.
PhoneResult from_national(const std::string& digits, const DefaultRegion& def,
                          std::string extension) {
  const auto& code = *phone::find_calling_code(def.calling_code);
  const auto& plan = phone::plan_for(code.code);
  std::string nsn = digits;
  bool trunk = false;
  const auto& tp = plan.trunk_prefix;
  // No NSN starts with 0, so a trunk 0 always goes. Other trunk prefixes are digits an NSN
  // may start with (RU 800 numbers start with 8), so those go only when the number fits
  // without them or does not fit with them (NANP: 11 digits starting with 1).
  if (!tp.empty() && nsn.starts_with(tp) &&
      (tp[0] == '0' || length_fits(plan, std::string_view(nsn).substr(tp.size())) ||
       !length_fits(plan, nsn))) {
    nsn.erase(0, tp.size());
    trunk = true;
  }
  nsn = phone::apply_national_quirks(code.code, std::move(nsn), trunk);
  // Country code written without '+' ("447911123456" with default GB).
  if (!trunk && !length_fits(plan, nsn) && digits.starts_with(code.code) &&
      length_fits(plan, std::string_view(digits).substr(code.code.size()))) {
    nsn = digits.substr(code.code.size());
  }
  return finish(code, nsn, def, std::move(extension));
}

// International prefixes the default region dials out with, its own before the universal 00.
std::string_view international_prefix(std::string_view digits, const DefaultRegion& def) {
  if (!def.calling_code.empty()) {
    for (auto p : phone::plan_for(def.calling_code).international_prefixes) {
      if (digits.starts_with(p)) return p;
    }
  }
  return digits.starts_with("00") ? std::string_view("00") : std::string_view();
}

}  // namespace

PhoneResult normalize_phone(std::string_view raw, std::string_view default_country) {
  auto scanned = phone::scan_phone_text(raw);
  if (!scanned.ok) return reject(scanned.reason);
  auto& p = scanned.phone;
  auto def = resolve_default(default_country);
  if (!def.problem.empty()) return reject(def.problem);
  if (all_same_digit(p.digits)) return reject(all_same_reason(p.digits));

  if (p.plus) {
    if (p.digits[0] == '0') {
      return reject("invalid country code: '+' is followed by 0; write +44..., not +0044...");
    }
    return from_international("+", p.digits, p.parenthesized_zero, def, std::move(p.extension));
  }
  if (auto prefix = international_prefix(p.digits, def); !prefix.empty()) {
    std::optional<std::size_t> zero;
    if (p.parenthesized_zero && *p.parenthesized_zero >= prefix.size()) {
      zero = *p.parenthesized_zero - prefix.size();
    }
    return from_international(prefix, std::string_view(p.digits).substr(prefix.size()), zero, def,
                              std::move(p.extension));
  }
  if (def.region.empty()) {
    return reject(
        "national number without a country code and no default country; "
        "write it as +<country code><number>");
  }
  return from_national(p.digits, def, std::move(p.extension));
}

bool is_known_phone_region(std::string_view region) {
  return !phone::calling_code_of_region(upper(region)).empty();
}

}  // namespace tributary::host
