#pragma once
// Made-up people for the fake CRMs (HubSpot, Salesforce): names, emails and phone numbers in the
// many ways CRMs hold them. Every phone is a number NANP allows (exchanges never start with 0 or
// 1) unless it is one of the deliberately bad ones, and `e164` says what a correct normaliser
// must make of it, so a test can check the leads table against the sandbox alone.

#include <cstdint>
#include <string>
#include <string_view>

namespace tributary::sandbox::crm {

struct Phone {
  std::string raw;   // as the CRM holds it: "(303) 555-0142", "+1 720 234 5678 x12", ...
  std::string e164;  // "+13035550142"; "" for a bad number (and for no number)
};

struct Person {
  std::string first;
  std::string last;
  std::string email;
  Phone phone;   // raw "" for about one in eight people
  Phone mobile;  // raw "" for most people
};

// Person `n` of `vendor`'s data set; the same (seed, vendor, n) always gives the same person.
Person make_person(std::uint64_t seed, std::string_view vendor, std::int64_t n);

// A valid phone for `n` in one of the usual written forms (for admin-added contacts and edits).
Phone make_phone(std::uint64_t seed, std::string_view vendor, std::int64_t n);

}  // namespace tributary::sandbox::crm
