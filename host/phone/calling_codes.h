#pragma once
#include <span>
#include <string_view>

namespace tributary::host::phone {

// One ITU-T E.164 country calling code in service and the ISO 3166 alpha-2 regions that use it,
// the main one first. Global services (+870, +881, +882, +883) have no region.
struct CallingCode {
  std::string_view code;
  std::string_view regions;  // space-separated, e.g. "GB GG IM JE"
};

std::span<const CallingCode> all_calling_codes();

// The calling code `digits` begins with (codes are prefix-free, so at most one fits), or
// nullptr when none does.
const CallingCode* match_calling_code(std::string_view digits);

const CallingCode* find_calling_code(std::string_view code);

// The calling code a region dials in with, or "" for an unknown region. `region` is upper case.
std::string_view calling_code_of_region(std::string_view region);

std::string_view primary_region(const CallingCode& code);

}  // namespace tributary::host::phone
