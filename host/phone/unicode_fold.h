#pragma once
#include <string>
#include <string_view>

namespace tributary::host::phone {

struct FoldResult {
  bool ok = false;
  std::u32string text;  // when ok
  std::string reason;   // when not ok
};

// Decodes UTF-8 and folds the characters phone numbers carry in from spreadsheets, CRMs and
// word processors into their ASCII meaning: fullwidth forms (U+FF01..U+FF5E), Arabic-Indic,
// Persian and Devanagari digits, Unicode spaces (NBSP, thin, ideographic...) and dashes
// (hyphen, en/em dash, minus sign, katakana prolonged mark). Invisible marks (zero-width
// spaces, bidi controls, BOM, soft hyphen) are dropped. Anything else is kept as it is, so the
// scanner can name it in a rejection.
FoldResult fold_to_ascii(std::string_view utf8);

// True for letters of the scripts a phone field realistically contains (Latin, Greek,
// Cyrillic, Hebrew, Arabic, CJK, kana, Hangul); used to say "contains letters" rather than
// "unexpected character".
bool is_letter(char32_t c);

std::string to_utf8(std::u32string_view text);

}  // namespace tributary::host::phone
