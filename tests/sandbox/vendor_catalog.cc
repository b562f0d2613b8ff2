#include "tests/sandbox/vendor_catalog.h"

#include "tests/sandbox/copper/copper_api.h"
#include "tests/sandbox/fishbowl/fishbowl_api.h"
#include "tests/sandbox/hubspot/hubspot_api.h"
#include "tests/sandbox/justcall/justcall_api.h"
#include "tests/sandbox/salesforce/salesforce_api.h"

namespace tributary::sandbox {

void add_vendor_flags(CLI::App& app, SandboxConfig& config) {
  justcall::add_flags(app, config.justcall);
  copper::add_flags(app, config.copper);
  fishbowl::add_flags(app, config.fishbowl);
  hubspot::add_flags(app, config.hubspot);
  salesforce::add_flags(app, config.salesforce);
}

std::vector<VendorApiPtr> make_vendors(const SandboxConfig& config) {
  std::vector<VendorApiPtr> vendors;
  vendors.push_back(justcall::make_justcall(config.dataset, config.justcall));
  vendors.push_back(copper::make_copper(config.dataset, config.copper));
  vendors.push_back(fishbowl::make_fishbowl(config.dataset, config.fishbowl));
  vendors.push_back(hubspot::make_hubspot(config.dataset, config.hubspot));
  vendors.push_back(salesforce::make_salesforce(config.dataset, config.salesforce));
  return vendors;
}

}  // namespace tributary::sandbox
