#pragma once
// Delay-only jitter that is the same for a pipeline on every host and every restart, so a fleet
// spreads its calls to a vendor without any coordination.

#include <chrono>
#include <cstdint>
#include <string_view>

namespace tributary::host {

// 64-bit FNV-1a: stable across platforms, compilers and runs, unlike std::hash.
std::uint64_t fnv1a_64(std::string_view bytes);

// A delay in [0, max_seconds] derived from the pipeline name; 0 when max_seconds <= 0.
std::chrono::seconds jitter_for(std::string_view pipeline_name, int max_seconds);

}  // namespace tributary::host
