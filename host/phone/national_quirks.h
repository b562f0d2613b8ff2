#pragma once
#include <string>
#include <string_view>

namespace tributary::host::phone {

// Rewrites an NSN written in a country's older or domestic-only convention into its E.164
// form. Applies to international and national input alike unless noted:
//  - AR: a mobile written with the domestic "15" after the area code (011 15 1234 5678,
//    +54 11 15 1234 5678) becomes 9 + area code + subscriber (+54 9 11 1234 5678).
//  - BR, national input only: after the trunk 0, a 2-digit carrier selection code
//    (0 21 11 98765 4321) is dropped.
//  - CO: a pre-2021 8-digit landline (1 234 5678) gets the "60" that replaced its area code's
//    dialling (601 234 5678).
//  - MX: the mobile "1" after +52 and the retired 01 / 044 / 045 national prefixes are dropped.
std::string apply_national_quirks(std::string_view calling_code, std::string nsn,
                                  bool after_trunk_prefix);

}  // namespace tributary::host::phone
