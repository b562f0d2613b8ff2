#pragma once
// Creates and destroys connectors, and loads and unloads the library, many times, measuring what
// stays behind: heap bytes in use (malloc's own count, so no sanitizer is needed), open file
// descriptors and threads; and whether the library is really gone after the last unload.
// Depends on the loader and the SDK only, so an AddressSanitizer build can run the same cycles.

#include <functional>
#include <string>

#include "tributary/sdk/connector.h"

namespace tributary::host::conformance {

struct LifecycleCounts {
  int create_cycles = 300;
  int load_cycles = 30;
};

struct LifecycleReport {
  std::string error;  // the plugin could not be loaded or created at some cycle
  int create_cycles = 0;
  int load_cycles = 0;
  long long heap_growth_create = 0;  // bytes still in use after the create/destroy cycles
  long long heap_growth_load = 0;    // after the load/unload cycles
  int fds_before = 0, fds_after = 0;
  int threads_before = 0, threads_after = 0;
  bool still_mapped = false;  // the library is mapped after its last unload
};

// `exercise` is called on every connector made (declaration(), a normalize...).
LifecycleReport run_lifecycle(const std::string& library_path, const LifecycleCounts& counts,
                              const std::function<void(sdk::Connector&)>& exercise);

// Leak verdicts for a report; empty when clean. Allows a small per-cycle slack for allocator
// bookkeeping and lazily grown caches.
std::vector<std::string> lifecycle_problems(const LifecycleReport& report);

}  // namespace tributary::host::conformance
