#pragma once
// The contact properties the connector asks for, by name, in one place for fetch and normalize.

#include <string>
#include <vector>

#include "plugins/hubspot/config.h"

namespace tributary::hubspot::property {

inline constexpr const char* kEmail = "email";
inline constexpr const char* kFirstName = "firstname";
inline constexpr const char* kLastName = "lastname";
inline constexpr const char* kPhone = "phone";
inline constexpr const char* kMobilePhone = "mobilephone";
inline constexpr const char* kLifecycleStage = "lifecyclestage";
inline constexpr const char* kLeadStatus = "hs_lead_status";
inline constexpr const char* kOwnerId = "hubspot_owner_id";
inline constexpr const char* kLastActivity = "notes_last_updated";  // "Last Activity Date"
inline constexpr const char* kLastModified =
    "lastmodifieddate";  // contacts only; others use hs_lastmodifieddate
inline constexpr const char* kObjectId = "hs_object_id";

// Every property above plus config.description_property.
std::vector<std::string> contact_properties(const HubSpotConfig& config);

// "email,firstname,..." for the list endpoints' `properties` parameter.
std::string joined(const std::vector<std::string>& names);

}  // namespace tributary::hubspot::property
