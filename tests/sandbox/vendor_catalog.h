#pragma once
// The list of vendor modules the binary serves. Adding a vendor = one line in each function.

#include <vector>

#include "tests/sandbox/sandbox_config.h"
#include "tests/sandbox/vendor.h"

namespace CLI {
class App;
}

namespace tributary::sandbox {

void add_vendor_flags(CLI::App& app, SandboxConfig& config);

std::vector<VendorApiPtr> make_vendors(const SandboxConfig& config);

}  // namespace tributary::sandbox
