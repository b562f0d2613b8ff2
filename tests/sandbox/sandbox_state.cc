#include "tests/sandbox/sandbox_state.h"

#include <stdexcept>
#include <string>

namespace tributary::sandbox {

SandboxState::SandboxState(const ServerOptions& options, std::vector<VendorApiPtr> vendors)
    : faults_(options.faults), seed_(options.seed), clock_(options.clock) {
  for (auto& vendor : vendors) {
    auto prefix = vendor->prefix();
    if (prefix.size() < 2 || prefix.front() != '/' || prefix.find('/', 1) != std::string_view::npos ||
        prefix == "/_sandbox") {
      throw std::invalid_argument("vendor prefix '" + std::string(prefix) +
                                  "' must be one path segment such as /justcall");
    }
    if (find(vendor->name())) {
      throw std::invalid_argument("two vendor modules share the prefix '" + std::string(prefix) + "'");
    }
    vendors_.push_back(std::make_unique<VendorSlot>(std::move(vendor)));
  }
}

VendorSlot* SandboxState::find(std::string_view name) const {
  for (const auto& slot : vendors_) {
    if (slot->api->name() == name) return slot.get();
  }
  return nullptr;
}

std::string SandboxState::vendor_list() const {
  std::string names;
  for (const auto& slot : vendors_) names += (names.empty() ? "" : ", ") + std::string(slot->api->name());
  return names.empty() ? "(none)" : names;
}

FaultSettings SandboxState::faults() const {
  std::lock_guard lock(faults_mutex_);
  return faults_;
}

void SandboxState::set_faults(const FaultSettings& faults) {
  std::lock_guard lock(faults_mutex_);
  faults_ = faults;
}

void SandboxState::reset() {
  unrouted = 0;
  for (const auto& slot : vendors_) {
    slot->stats.reset();
    slot->sequence = 0;
    slot->limiter.reset();
  }
}

}  // namespace tributary::sandbox
