#pragma once
// HubSpot's shapes: a contact object {"id","properties":{...},"createdAt","updatedAt","archived"}
// with only the properties asked for (every value a string or null), owners, the error body and
// the expected contact set.

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tests/sandbox/hubspot/contact.h"

namespace tributary::sandbox::hubspot {

// "2024-06-03T17:04:11.123Z"
std::string iso_ms(std::int64_t epoch_ms);

// Properties the fake knows; others asked for are left out, as HubSpot does.
boost::json::object contact_json(const Contact& contact,
                                 const std::vector<std::string>& properties);

boost::json::object owner_json(const Owner& owner);

// {"status":"error","message":...,"correlationId":...,"category":...}
boost::json::object error_body(std::string_view message, std::string_view category);

// GET /_sandbox/expected/hubspot: every contact with what a correct sync stores for it.
boost::json::object expected_contacts(const std::vector<Contact>& contacts,
                                      const std::vector<Owner>& owners);

}  // namespace tributary::sandbox::hubspot
