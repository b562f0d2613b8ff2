#pragma once
#include <string>
#include <string_view>

namespace tributary::host::phone {

// North American Numbering Plan checks on a 10-digit NSN (NPA-NXX-XXXX): the area code (NPA)
// and the exchange (NXX) cannot start with 0 or 1, and N11 area codes are service codes
// (411, 911...). 555-01xx numbers are fictional but well formed, so they pass.
// Returns "" when the number is well formed, else the reason.
std::string nanp_problem(std::string_view nsn);

// The region a well-formed NANP number belongs to: Canada and the Caribbean by area code,
// the default region for non-geographic codes (toll-free 8xx, 5xx, 900) when it is itself a
// NANP member, else US.
std::string_view nanp_region(std::string_view nsn, std::string_view default_region);

}  // namespace tributary::host::phone
