#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace tributary::host {

// The candidate nearest to `word` by edit distance, or empty when none is close enough
// to be a plausible typo (distance > max(2, size/3)).
std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to an error message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace tributary::host
