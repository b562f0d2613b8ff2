#include "tests/sandbox/vendor_catalog.h"

#include "tests/sandbox/copper/copper_api.h"
#include "tests/sandbox/justcall/justcall_api.h"

namespace tributary::sandbox {

void add_vendor_flags(CLI::App& app, SandboxConfig& config) {
  justcall::add_flags(app, config.justcall);
  copper::add_flags(app, config.copper);
}

std::vector<VendorApiPtr> make_vendors(const SandboxConfig& config) {
  std::vector<VendorApiPtr> vendors;
  vendors.push_back(justcall::make_justcall(config.dataset, config.justcall));
  vendors.push_back(copper::make_copper(config.dataset, config.copper));
  return vendors;
}

}  // namespace tributary::sandbox
