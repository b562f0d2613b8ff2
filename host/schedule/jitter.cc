#include "host/schedule/jitter.h"

namespace tributary::host {

std::uint64_t fnv1a_64(std::string_view bytes) {
  constexpr std::uint64_t kOffsetBasis = 14695981039346656037ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash = kOffsetBasis;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  }
  return hash;
}

std::chrono::seconds jitter_for(std::string_view pipeline_name, int max_seconds) {
  if (max_seconds <= 0) return std::chrono::seconds{0};
  const auto range = static_cast<std::uint64_t>(max_seconds) + 1;
  return std::chrono::seconds{static_cast<long long>(fnv1a_64(pipeline_name) % range)};
}

}  // namespace tributary::host
