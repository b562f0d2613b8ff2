#include "tests/sandbox/hubspot/person.h"

#include <array>
#include <cstdio>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::crm {
namespace {

constexpr std::array<std::string_view, 16> kFirst = {"Ann", "Ben",  "Cy",   "Dee", "Eli", "Fay",
                                                     "Gus", "Hana", "Ivo",  "Jo",  "Kai", "Lea",
                                                     "Max", "Nia",  "Otto", "Pia"};
constexpr std::array<std::string_view, 16> kLast = {
    "Lee",  "Ode", "Park",  "Ray",  "Stone",  "Tran", "Uhl",  "Vega",
    "Wong", "Xu",  "Young", "Zane", "Abbott", "Bose", "Cruz", "Diaz"};
constexpr std::array<int, 8> kAreaCodes = {303, 720, 212, 415, 312, 617, 206, 512};
// Deliberately bad: an exchange starting with 1, too few digits, letters.
constexpr std::array<std::string_view, 3> kBadPhones = {"555-123-4567", "12345", "call the office"};

std::uint64_t part(std::uint64_t seed, std::string_view vendor, std::int64_t n,
                   std::uint64_t what) {
  return hash_of({seed, hash_of(vendor), static_cast<std::uint64_t>(n), what});
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

Phone written(std::uint64_t h) {
  int area = kAreaCodes[h % kAreaCodes.size()];
  // Exchanges 200..899 without the N11 service codes; lines 0100..9899 (never all one digit).
  int exchange = static_cast<int>(uniform_int(mix64(h ^ 1), 200, 899));
  if (exchange % 100 == 11) exchange += 1;
  int line = static_cast<int>(uniform_int(mix64(h ^ 2), 100, 9899));
  char e164[16];
  std::snprintf(e164, sizeof e164, "+1%03d%03d%04d", area, exchange, line);
  char raw[40];
  switch (mix64(h ^ 3) % 6) {
    case 0:
      std::snprintf(raw, sizeof raw, "(%03d) %03d-%04d", area, exchange, line);
      break;
    case 1:
      std::snprintf(raw, sizeof raw, "%03d-%03d-%04d", area, exchange, line);
      break;
    case 2:
      std::snprintf(raw, sizeof raw, "+1 %03d %03d %04d", area, exchange, line);
      break;
    case 3:
      std::snprintf(raw, sizeof raw, "%03d.%03d.%04d", area, exchange, line);
      break;
    case 4:
      std::snprintf(raw, sizeof raw, "1-%03d-%03d-%04d", area, exchange, line);
      break;
    default:
      std::snprintf(raw, sizeof raw, "%03d-%03d-%04d x%d", area, exchange, line,
                    10 + static_cast<int>(h % 90));
      break;
  }
  return {raw, e164};
}

}  // namespace

Phone make_phone(std::uint64_t seed, std::string_view vendor, std::int64_t n) {
  return written(part(seed, vendor, n, 11));
}

Person make_person(std::uint64_t seed, std::string_view vendor, std::int64_t n) {
  Person p;
  auto h = part(seed, vendor, n, 1);
  p.first = std::string(kFirst[h % kFirst.size()]);
  p.last = std::string(kLast[(h >> 8) % kLast.size()]);
  p.email = lower(p.first) + "." + lower(p.last) + "." + std::to_string(n) + "@example.com";
  auto kind = part(seed, vendor, n, 2) % 100;
  if (kind < 4) {
    p.phone = {std::string(kBadPhones[part(seed, vendor, n, 3) % kBadPhones.size()]), ""};
  } else if (kind < 12) {
    // no phone at all
  } else if (kind < 20) {
    p.mobile = written(part(seed, vendor, n, 4));  // mobile only
  } else {
    p.phone = written(part(seed, vendor, n, 5));
    if (kind < 30) p.mobile = written(part(seed, vendor, n, 6));
  }
  return p;
}

}  // namespace tributary::sandbox::crm
