#pragma once
// Shell-style wildcards for recorded requests: '*' matches any run of characters (also none),
// '?' exactly one; every other character stands for itself.

#include <string_view>

namespace tributary::host::conformance {

bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace tributary::host::conformance
