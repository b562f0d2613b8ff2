#pragma once
// One Contact or Lead as the fake Salesforce holds it. SystemModstamp is whole seconds.

#include <cstdint>
#include <string>

#include "tests/sandbox/hubspot/person.h"

namespace tributary::sandbox::salesforce {

struct User {
  std::string id;  // 005...
  std::string name;
  std::string email;  // "" for a queue
  bool queue = false;
};

struct Record {
  std::string id;      // 18 characters: 003... Contact, 00Q... Lead
  std::string object;  // "Contact" or "Lead"
  crm::Person person;
  std::string description;
  std::string last_activity_date;  // YYYY-MM-DD or ""
  std::size_t owner = 0;           // index into the users
  std::int64_t modstamp_s = 0;
  std::string status;   // Lead only
  std::string company;  // Lead only
  bool converted = false;
  int revision = 0;
};

}  // namespace tributary::sandbox::salesforce
