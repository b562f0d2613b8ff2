#include "host/server/bearer_auth.h"

#include <algorithm>
#include <cctype>

namespace tributary::host {

bool constant_time_equals(std::string_view a, std::string_view b) {
  const std::size_t n = std::max(a.size(), b.size());
  unsigned diff = a.size() == b.size() ? 0U : 1U;
  for (std::size_t i = 0; i < n; ++i) {
    // Out-of-range bytes read as 0 from the shorter side, so the loop length is fixed by n.
    const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
    const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

std::optional<std::string_view> bearer_token(std::string_view authorization) {
  constexpr std::string_view kScheme = "bearer";
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  authorization = trim(authorization);
  if (authorization.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(authorization[i])) != kScheme[i])
      return std::nullopt;
  }
  const char sep = authorization[kScheme.size()];
  if (sep != ' ' && sep != '\t') return std::nullopt;
  auto token = trim(authorization.substr(kScheme.size() + 1));
  if (token.empty()) return std::nullopt;
  return token;
}

bool bearer_matches(std::string_view authorization, std::string_view secret) {
  auto token = bearer_token(authorization);
  if (!token || secret.empty()) return false;
  return constant_time_equals(*token, secret);
}

}  // namespace tributary::host
