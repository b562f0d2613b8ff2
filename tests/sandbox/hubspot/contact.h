#pragma once
// One contact as the fake HubSpot holds it. Times are epoch milliseconds.

#include <cstdint>
#include <string>

#include "tests/sandbox/hubspot/person.h"

namespace tributary::sandbox::hubspot {

struct Contact {
  std::int64_t id = 0;
  crm::Person person;
  std::string lifecycle_stage;
  std::string lead_status;
  std::int64_t owner_id = 0;  // 0: unassigned
  std::string message;
  std::int64_t last_activity_ms = 0;  // 0: none
  std::int64_t created_ms = 0;
  std::int64_t modified_ms = 0;
  std::int64_t archived_ms = 0;  // 0: live
  int revision = 0;              // how often an admin action changed it

  bool archived() const { return archived_ms != 0; }
};

struct Owner {
  std::int64_t id = 0;
  std::string first;
  std::string last;
  std::string email;
};

}  // namespace tributary::sandbox::hubspot
