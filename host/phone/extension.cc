#include "host/phone/extension.h"

#include <array>

namespace tributary::host::phone {
namespace {

// Longest first, so "extension" wins over "ext" at the same position.
constexpr std::array<std::u32string_view, 7> kMarkers = {U";ext=", U"extension", U"ext.", U"ext",
                                                         U"x",     U"#",         U","};

char32_t lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + (U'a' - U'A') : c; }

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_ascii_letter(char32_t c) { return lower(c) >= U'a' && lower(c) <= U'z'; }

bool matches_at(std::u32string_view text, std::size_t at, std::u32string_view marker) {
  if (text.size() - at < marker.size()) return false;
  for (std::size_t k = 0; k < marker.size(); ++k) {
    if (lower(text[at + k]) != marker[k]) return false;
  }
  return true;
}

std::size_t skip_marker_punctuation(std::u32string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == U' ' || text[at] == U'.' || text[at] == U':' ||
                              text[at] == U'=' || text[at] == U',' || text[at] == U'\t')) {
    ++at;
  }
  return at;
}

}  // namespace

ExtensionSplit split_extension(std::u32string_view text) {
  bool seen_digit = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (is_digit(text[at])) {
      seen_digit = true;
      continue;
    }
    // A marker glued to a word ("FLEX", "Fax") is part of that word, not an extension.
    if (!seen_digit || is_ascii_letter(text[at - 1])) continue;
    for (auto marker : kMarkers) {
      if (!matches_at(text, at, marker)) continue;
      std::size_t rest = skip_marker_punctuation(text, at + marker.size());
      if (rest < text.size() && !is_digit(text[rest])) continue;
      return {text.substr(0, at), text.substr(rest), true};
    }
  }
  return {text, {}, false};
}

}  // namespace tributary::host::phone
