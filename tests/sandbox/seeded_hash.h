#pragma once
// Stateless randomness: every random choice in the sandbox is a hash of the seed and of what the
// choice is about (a request's sequence number, an agent and a date), never a draw from a shared
// generator. So a day's calls do not depend on which other days exist, and two servers with the
// same seed agree regardless of thread interleaving.

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace tributary::sandbox {

// SplitMix64 finaliser: a bijection on 64-bit values with good avalanche.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::uint64_t hash_of(std::initializer_list<std::uint64_t> parts) {
  std::uint64_t h = 0x243f6a8885a308d3ULL;
  for (auto part : parts) h = mix64(h ^ mix64(part));
  return h;
}

constexpr std::uint64_t hash_of(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return mix64(h);
}

// Uniform in [0, 1).
constexpr double unit_interval(std::uint64_t h) {
  return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

// Uniform in [low, high] (inclusive), low <= high.
constexpr std::int64_t uniform_int(std::uint64_t h, std::int64_t low, std::int64_t high) {
  auto span = static_cast<std::uint64_t>(high - low) + 1;
  return low + static_cast<std::int64_t>(h % span);
}

}  // namespace tributary::sandbox
