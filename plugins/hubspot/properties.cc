#include "plugins/hubspot/properties.h"

namespace tributary::hubspot::property {

std::vector<std::string> contact_properties(const HubSpotConfig& config) {
  std::vector<std::string> names = {kEmail,        kFirstName,      kLastName,   kPhone,
                                    kMobilePhone,  kLifecycleStage, kLeadStatus, kOwnerId,
                                    kLastActivity, kLastModified,   kObjectId};
  bool listed = false;
  for (const auto& n : names) listed = listed || n == config.description_property;
  if (!listed) names.push_back(config.description_property);
  return names;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
  return out;
}

}  // namespace tributary::hubspot::property
