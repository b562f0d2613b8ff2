#pragma once
// Time zone names are checked against the system tz database when the config loads, so a typo
// fails `tributary validate` instead of the first scheduled run.

#include <optional>
#include <string>
#include <string_view>

#include "host/config/map_reader.h"

namespace tributary::host {

bool is_known_time_zone(std::string_view name);

// The known zone name nearest to `name` ("America/Denver" for "America/Denvr"), or empty.
std::string nearest_time_zone(std::string_view name);

// Reads `key` of `map` as an IANA zone name, reporting an unknown one with a did-you-mean.
std::optional<std::string> read_time_zone(MapReader& map, std::string_view key);

}  // namespace tributary::host
