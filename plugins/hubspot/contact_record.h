#pragma once
// One HubSpot contact object ({"id","properties":{...},"updatedAt","archived"}) as a LeadRecord.
// Property values are strings or null and "" means null.

#include <boost/json/value.hpp>
#include <map>
#include <optional>
#include <string>

#include "plugins/hubspot/config.h"
#include "tributary/sdk/records.h"

namespace tributary::hubspot {

struct Owner {
  std::string name;  // "First Last"
  std::string email;
};
using OwnerDirectory = std::map<std::string, Owner>;  // owner id (not userId) -> owner

// Adds every owner of one /crm/v3/owners answer.
void add_owners(const boost::json::value& owners_page, OwnerDirectory& owners);

struct ContactLead {
  sdk::LeadRecord record;
  std::optional<std::int64_t> modified_ms;  // lastmodifieddate (else updatedAt)
};

// nullopt when the object has no id. phone falls back to mobilephone; both raw numbers, the
// owner id and an owner the directory does not know are kept in metadata.
std::optional<ContactLead> contact_to_lead(const boost::json::value& contact,
                                           const OwnerDirectory& owners,
                                           const std::string& description_property);

}  // namespace tributary::hubspot
