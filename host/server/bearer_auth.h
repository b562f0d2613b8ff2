#pragma once
// The trigger endpoint's authentication: `Authorization: Bearer <secret>`, the secret compared in
// constant time so response timing says nothing about how much of a guess was right.

#include <optional>
#include <string_view>

namespace tributary::host {

// Compares every byte of the longer input whatever the contents; only the lengths' equality
// (not where they differ) can show in the timing.
bool constant_time_equals(std::string_view a, std::string_view b);

// The token of a "Bearer <token>" header value (scheme case-insensitive, spaces around the token
// ignored); nullopt for another scheme or an empty token.
std::optional<std::string_view> bearer_token(std::string_view authorization);

// Whether the header carries exactly `secret`. An empty secret matches nothing: the trigger is off.
bool bearer_matches(std::string_view authorization, std::string_view secret);

}  // namespace tributary::host
