#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::host::phone {

// What is left of a raw phone field once formatting is gone: the digits, whether it began
// with '+', and the extension. Nothing here knows about countries.
struct ScannedPhone {
  std::string digits;
  bool plus = false;
  // Index in `digits` of a "(0)" group: in "+44 (0)20 ..." the writer marks the trunk
  // prefix that must not be dialled from abroad.
  std::optional<std::size_t> parenthesized_zero;
  std::string extension;
};

struct ScanResult {
  bool ok = false;
  ScannedPhone phone;
  std::string reason;
};

// Accepts an optional "tel:" prefix, an extension (see extension.h), separators (space, tab,
// . - / ( ) [ ]) and one leading '+'. Rejects letters, other characters, misplaced or repeated
// '+', tel: URI parameters other than ";ext=", and input with no digits.
ScanResult scan_phone_text(std::string_view raw);

}  // namespace tributary::host::phone
