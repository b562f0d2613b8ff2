#pragma once
// POST /crm/v3/objects/contacts/search as HubSpot runs it: filter groups ORed, filters inside a
// group ANDed, one sort, `after` an offset, limit <= 200, and never more than 10,000 results per
// query (an `after` at or past that is a 400). Contacts that tie on the sort property come back
// in an order of their own (a hash), as HubSpot promises none.

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "tests/sandbox/hubspot/contact.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::hubspot {

inline constexpr std::int64_t kSearchCap = 10000;
inline constexpr std::int64_t kMaxSearchLimit = 200;

struct SearchFilter {
  std::string property;  // lastmodifieddate, createdate, hs_object_id or email
  std::string op;        // EQ NEQ GT GTE LT LTE
  std::string value;
};

struct SearchRequest {
  std::vector<std::vector<SearchFilter>> groups;
  std::string sort_property = "hs_object_id";
  bool descending = false;
  std::vector<std::string> properties;
  std::int64_t limit = 10;
  std::int64_t after = 0;
};

// Throws BadRequest (HubSpot answers 400 VALIDATION_ERROR) naming what is wrong.
SearchRequest parse_search(const std::string& body);

bool matches(const SearchRequest& request, const Contact& contact);

// Sorts the matching contacts, applies the cap and the page; the full response body.
boost::json::object search_response(const SearchRequest& request, std::vector<Contact> matching,
                                    std::uint64_t seed);

}  // namespace tributary::sandbox::hubspot
