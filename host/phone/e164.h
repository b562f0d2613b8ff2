#pragma once
#include <string>
#include <string_view>

namespace tributary::host {

// The one phone normaliser: the leads sink matches on its output and connectors call it
// instead of formatting numbers themselves. Rules and tables: docs/phone-numbers.md.
struct PhoneResult {
  bool ok = false;        // false: rejected
  std::string e164;       // "+15551230000" when ok
  std::string extension;  // "123" when one was given ("x123", "ext. 123", "#123", ";ext=123")
  std::string country;    // ISO 3166 alpha-2 region the number was resolved to, when known
  std::string reason;     // why it was rejected: "empty", "contains letters ...", ...
};

// `default_country` (ISO 3166 alpha-2, any case, usually from host config) says how to read
// numbers written without an international prefix; "" accepts international numbers only.
PhoneResult normalize_phone(std::string_view raw, std::string_view default_country);

// True when `region` (any case) is an ISO 3166 alpha-2 code normalize_phone knows.
bool is_known_phone_region(std::string_view region);

}  // namespace tributary::host
