#include "host/phone/phone_text.h"

#include <cstdio>

#include "host/phone/extension.h"
#include "host/phone/unicode_fold.h"

namespace tributary::host::phone {
namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_separator(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'.' || c == U'-' || c == U'/' || c == U'(' || c == U')' ||
         c == U'[' || c == U']';
}

std::u32string_view trim(std::u32string_view s) {
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

std::u32string_view strip_tel_prefix(std::u32string_view s) {
  if (s.size() < 4) return s;
  auto lower = [](char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; };
  if (lower(s[0]) == U't' && lower(s[1]) == U'e' && lower(s[2]) == U'l' && s[3] == U':') {
    return trim(s.substr(4));
  }
  return s;
}

std::string describe(char32_t c) {
  if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

ScanResult reject(std::string reason) {
  ScanResult r;
  r.reason = std::move(reason);
  return r;
}

// Extension text after its marker: digits with optional spaces, dashes or dots, and the
// trailing '#' that dialler strings end with.
std::optional<std::string> extension_digits(std::u32string_view text, std::string& reason) {
  while (!text.empty() && (text.back() == U'#' || text.back() == U' ')) text.remove_suffix(1);
  std::string digits;
  for (char32_t c : text) {
    if (is_digit(c)) {
      digits += static_cast<char>(c);
    } else if (c != U' ' && c != U'-' && c != U'.') {
      reason = "invalid extension \"" + to_utf8(text) + "\": an extension is digits only";
      return std::nullopt;
    }
  }
  return digits;
}

std::u32string letters_in(std::u32string_view text) {
  std::u32string letters;
  for (char32_t c : text) {
    if (is_letter(c)) letters += c;
  }
  return letters;
}

// A tel: URI parameter other than ;ext= (phone-context, isub...) changes what the number
// means, so it is refused rather than dropped.
std::optional<std::string> unsupported_parameter(std::u32string_view text) {
  auto semi = text.find(U';');
  if (semi == std::u32string_view::npos) return std::nullopt;
  auto param = text.substr(semi);
  param = param.substr(0, param.find(U'='));
  return "unsupported tel: URI parameter \"" + to_utf8(param) + "\"; only \";ext=\" is understood";
}

}  // namespace

ScanResult scan_phone_text(std::string_view raw) {
  auto folded = fold_to_ascii(raw);
  if (!folded.ok) return reject(folded.reason);
  auto text = strip_tel_prefix(trim(folded.text));
  if (text.empty()) return reject("empty");

  auto split = split_extension(text);
  if (auto bad = unsupported_parameter(split.number)) return reject(*bad);
  if (auto letters = letters_in(split.number); !letters.empty()) {
    return reject("contains letters \"" + to_utf8(letters) +
                  "\": letters and vanity numbers are not converted; give the digits");
  }

  ScanResult out;
  if (split.found) {
    auto ext = extension_digits(split.extension, out.reason);
    if (!ext) return out;
    out.phone.extension = *ext;
  }

  bool in_parens = false;
  std::size_t paren_start = 0;
  for (char32_t c : split.number) {
    if (is_digit(c)) {
      out.phone.digits += static_cast<char>(c);
    } else if (c == U'+') {
      if (out.phone.plus) return reject("multiple plus signs");
      if (!out.phone.digits.empty()) return reject("'+' after digits; it may only lead the number");
      out.phone.plus = true;
    } else if (c == U'(') {
      in_parens = true;
      paren_start = out.phone.digits.size();
    } else if (c == U')') {
      if (in_parens && out.phone.digits.size() == paren_start + 1 &&
          out.phone.digits.back() == '0') {
        out.phone.parenthesized_zero = paren_start;
      }
      in_parens = false;
    } else if (!is_separator(c)) {
      return reject("unexpected character " + describe(c));
    }
  }
  if (out.phone.digits.empty()) return reject("no digits");
  out.ok = true;
  return out;
}

}  // namespace tributary::host::phone
