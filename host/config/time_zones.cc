#include "host/config/time_zones.h"

#include <date/tz.h>

#include <exception>
#include <vector>

#include "host/core/did_you_mean.h"

namespace tributary::host {

bool is_known_time_zone(std::string_view name) {
  if (name.empty()) return false;
  try {
    return date::locate_zone(name) != nullptr;
  } catch (const std::exception&) {
    return false;
  }
}

std::string nearest_time_zone(std::string_view name) {
  std::vector<std::string> names;
  try {
    for (const auto& zone : date::get_tzdb().zones) names.emplace_back(zone.name());
  } catch (const std::exception&) {
    return {};
  }
  return nearest_name(name, names);
}

std::optional<std::string> read_time_zone(MapReader& map, std::string_view key) {
  auto name = map.text(key);
  if (!name || is_known_time_zone(*name)) return name;
  auto nearest = nearest_time_zone(*name);
  map.ctx().error(map.value_at(key),
                  "unknown time zone '" + *name + "' for '" + std::string(key) + "'" +
                      (nearest.empty() ? "" : " (did you mean '" + nearest + "'?)") +
                      "; expected an IANA name such as America/Denver or UTC");
  return std::nullopt;
}

}  // namespace tributary::host
