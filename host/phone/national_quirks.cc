#include "host/phone/national_quirks.h"

namespace tributary::host::phone {
namespace {

// Area code (2 to 4 digits) + "15" + subscriber makes 12 digits; the area code length is
// where "15" sits. Buenos Aires is the only 2-digit code ("11"); other codes start with 2 or 3,
// and a 3- or 4-digit code cannot put "15" at both candidate places, so at most one fits.
std::string argentina(std::string nsn) {
  if (nsn.size() != 12) return nsn;
  std::size_t area_length = 0;
  if (nsn.starts_with("11") && nsn.compare(2, 2, "15") == 0) {
    area_length = 2;
  } else if (nsn[0] == '2' || nsn[0] == '3') {
    if (nsn.compare(3, 2, "15") == 0)
      area_length = 3;
    else if (nsn.compare(4, 2, "15") == 0)
      area_length = 4;
  }
  if (area_length == 0) return nsn;
  return "9" + nsn.substr(0, area_length) + nsn.substr(area_length + 2);
}

std::string mexico(std::string nsn) {
  if (nsn.size() == 11 && nsn[0] == '1') return nsn.substr(1);
  if (nsn.size() == 12 && nsn.starts_with("01")) return nsn.substr(2);
  if (nsn.size() == 13 && (nsn.starts_with("044") || nsn.starts_with("045"))) {
    return nsn.substr(3);
  }
  return nsn;
}

std::string colombia(std::string nsn) {
  if (nsn.size() == 8 && nsn[0] >= '1' && nsn[0] <= '8') return "60" + nsn;
  return nsn;
}

}  // namespace

std::string apply_national_quirks(std::string_view calling_code, std::string nsn,
                                  bool after_trunk_prefix) {
  if (calling_code == "54") return argentina(std::move(nsn));
  if (calling_code == "52") return mexico(std::move(nsn));
  if (calling_code == "57") return colombia(std::move(nsn));
  if (calling_code == "55" && after_trunk_prefix && (nsn.size() == 12 || nsn.size() == 13)) {
    return nsn.substr(2);
  }
  return nsn;
}

}  // namespace tributary::host::phone
