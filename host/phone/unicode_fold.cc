#include "host/phone/unicode_fold.h"

#include <optional>

namespace tributary::host::phone {
namespace {

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Decodes one code point at `i`, advancing `i`; nullopt on malformed or overlong input.
std::optional<char32_t> decode_one(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  std::size_t len = b0 < 0x80           ? 1
                    : (b0 >> 5) == 0x6  ? 2
                    : (b0 >> 4) == 0xE  ? 3
                    : (b0 >> 3) == 0x1E ? 4
                                        : 0;
  if (len == 0 || i + len > s.size()) return std::nullopt;
  char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMinForLength[len] || c > 0x10FFFF || in(c, 0xD800, 0xDFFF)) return std::nullopt;
  i += len;
  return c;
}

bool is_space(char32_t c) {
  return c == 0xA0 || c == 0x1680 || in(c, 0x2000, 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool is_invisible(char32_t c) {
  return c == 0xAD || in(c, 0x200B, 0x200F) || in(c, 0x202A, 0x202E) || in(c, 0x2060, 0x2064) ||
         in(c, 0x2066, 0x2069) || c == 0xFEFF;
}

bool is_dash(char32_t c) {
  return in(c, 0x2010, 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0x30FC;
}

// The ASCII digit for a non-ASCII decimal digit, or 0.
char32_t digit_value(char32_t c) {
  for (char32_t zero : {char32_t{0x0660}, char32_t{0x06F0}, char32_t{0x0966}}) {
    if (in(c, zero, zero + 9)) return U'0' + (c - zero);
  }
  return 0;
}

}  // namespace

FoldResult fold_to_ascii(std::string_view utf8) {
  FoldResult out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t at = i;
    auto c = decode_one(utf8, i);
    if (!c) {
      out.reason = "invalid UTF-8 at byte " + std::to_string(at);
      return out;
    }
    char32_t ch = *c;
    if (is_invisible(ch)) continue;
    if (in(ch, 0xFF01, 0xFF5E)) {
      ch -= 0xFEE0;
    } else if (is_space(ch)) {
      ch = U' ';
    } else if (is_dash(ch)) {
      ch = U'-';
    } else if (char32_t d = digit_value(ch)) {
      ch = d;
    }
    out.text.push_back(ch);
  }
  out.ok = true;
  return out;
}

bool is_letter(char32_t c) {
  if (in(c, U'a', U'z') || in(c, U'A', U'Z')) return true;
  if (c == 0xD7 || c == 0xF7) return false;  // multiplication and division signs
  return in(c, 0xC0, 0x24F) || in(c, 0x370, 0x3FF) || in(c, 0x400, 0x52F) || in(c, 0x5D0, 0x5EA) ||
         in(c, 0x620, 0x64A) || in(c, 0x3040, 0x30FF) || in(c, 0x4E00, 0x9FFF) ||
         in(c, 0xAC00, 0xD7A3);
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace tributary::host::phone
