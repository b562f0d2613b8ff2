#pragma once
// The fake HubSpot's starting data, hashed from the dataset seed: one owner per rep
// (repN@example.com) and `count` contacts created and last modified inside the dataset's days,
// about 3 % of them archived. Contact ids start at kFirstContactId and follow creation order.

#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/hubspot/contact.h"

namespace tributary::sandbox::hubspot {

inline constexpr std::int64_t kFirstContactId = 1001;
inline constexpr std::int64_t kFirstOwnerId = 500001;

std::vector<Owner> make_owners(const DatasetOptions& dataset);

std::vector<Contact> make_contacts(const DatasetOptions& dataset, std::int64_t count,
                                   const std::vector<Owner>& owners);

// What an admin "touch" does to a contact: a new lead status and lifecycle stage chosen from its
// id and revision, so repeated touches keep changing it.
void change_fields(Contact& contact, std::uint64_t seed);

}  // namespace tributary::sandbox::hubspot
