#include "tests/sandbox/justcall/auth.h"

#include <cctype>

namespace tributary::sandbox::justcall {
namespace {

int base64_digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool starts_with_basic(std::string_view text) {
  constexpr std::string_view kBasic = "basic ";
  if (text.size() < kBasic.size()) return false;
  for (std::size_t i = 0; i < kBasic.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != kBasic[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> decode_base64(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    int digit = base64_digit(c);
    if (digit < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(digit);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

bool is_authorized(std::string_view authorization, const Settings& settings) {
  std::string expected = settings.key + ":" + settings.secret;
  if (authorization == expected) return true;
  if (!starts_with_basic(authorization)) return false;
  auto decoded = decode_base64(authorization.substr(6));
  return decoded && *decoded == expected;
}

}  // namespace tributary::sandbox::justcall
