#include "host/phone/nanp.h"

#include <array>

#include "host/phone/calling_codes.h"

namespace tributary::host::phone {
namespace {

struct AreaCodes {
  std::string_view region;
  std::string_view codes;  // space-separated
};

// Canadian area codes (all provinces and territories, overlays to 2025) and the Caribbean and
// Pacific members; every other geographic area code is in the United States.
constexpr std::array kAreaCodes = std::to_array<AreaCodes>({
    {"CA",
     "204 226 236 249 250 257 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 "
     "450 468 474 506 514 519 548 579 581 584 587 600 604 613 639 647 672 683 705 709 742 753 "
     "778 780 782 807 819 825 867 873 879 902 905 942"},
    {"AG", "268"},
    {"AI", "264"},
    {"AS", "684"},
    {"BB", "246"},
    {"BM", "441"},
    {"BS", "242"},
    {"DM", "767"},
    {"DO", "809 829 849"},
    {"GD", "473"},
    {"GU", "671"},
    {"JM", "658 876"},
    {"KN", "869"},
    {"KY", "345"},
    {"LC", "758"},
    {"MP", "670"},
    {"MS", "664"},
    {"PR", "787 939"},
    {"SX", "721"},
    {"TC", "649"},
    {"TT", "868"},
    {"VC", "784"},
    {"VG", "284"},
    {"VI", "340"},
});

// Shared by all NANP members rather than tied to one: toll-free, premium, personal.
constexpr std::string_view kNonGeographic =
    "800 833 844 855 866 877 888 900 500 521 522 523 524 525 526 527 528 529 533 544 566 577 "
    "588";

bool lists(std::string_view codes, std::string_view code) {
  for (std::size_t at = 0; at + 3 <= codes.size(); at += 4) {
    if (codes.substr(at, 3) == code) return true;
  }
  return false;
}

}  // namespace

std::string nanp_problem(std::string_view nsn) {
  if (nsn.size() != 10) return "NANP numbers have 10 digits, not " + std::to_string(nsn.size());
  std::string area(nsn.substr(0, 3));
  std::string exchange(nsn.substr(3, 3));
  if (area[0] == '0' || area[0] == '1') {
    return "invalid NANP area code " + area + ": area codes cannot start with 0 or 1";
  }
  if (area[1] == '1' && area[2] == '1') {
    return "invalid NANP area code " + area + ": N11 codes are service numbers, not area codes";
  }
  if (exchange[0] == '0' || exchange[0] == '1') {
    return "invalid NANP exchange " + exchange + " (area code " + area +
           "): exchanges cannot start with 0 or 1";
  }
  return {};
}

std::string_view nanp_region(std::string_view nsn, std::string_view default_region) {
  auto area = nsn.substr(0, 3);
  for (const auto& entry : kAreaCodes) {
    if (lists(entry.codes, area)) return entry.region;
  }
  if (lists(kNonGeographic, area) && calling_code_of_region(default_region) == "1") {
    return default_region;
  }
  return "US";
}

}  // namespace tributary::host::phone
