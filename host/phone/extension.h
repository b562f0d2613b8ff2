#pragma once
#include <string>
#include <string_view>

namespace tributary::host::phone {

struct ExtensionSplit {
  std::u32string_view number;     // the text before the marker (all of it when none)
  std::u32string_view extension;  // the text after the marker and its punctuation
  bool found = false;
};

// Finds the first extension marker that follows at least one digit and is itself followed by
// a digit or by nothing: ";ext=", "extension", "ext.", "ext", "x", "#" or "," (the dialler
// pause phones store), case-insensitive, with optional ".", ":" or spaces after it. A marker
// that is followed by other text is not a marker, so "extra" or "Fax" stay letters.
ExtensionSplit split_extension(std::u32string_view text);

}  // namespace tributary::host::phone
