#include "tests/sandbox/params.h"

#include <charconv>
#include <string>

#include "tests/sandbox/calendar.h"

namespace tributary::sandbox {
namespace {

std::string quoted(std::string_view name, std::string_view value) {
  return "query parameter '" + std::string(name) + "' = '" + std::string(value) + "'";
}

}  // namespace

std::int64_t read_int(const QueryParams& query, std::string_view name, std::int64_t fallback,
                      std::int64_t min, std::int64_t max) {
  auto found = query.find(name);
  if (found == query.end()) return fallback;
  const std::string& text = found->second;
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max) {
    throw BadRequest(quoted(name, text) + " must be an integer between " + std::to_string(min) + " and " +
                     std::to_string(max));
  }
  return value;
}

date::local_days read_date(const QueryParams& query, std::string_view name) {
  auto found = query.find(name);
  if (found == query.end()) {
    throw BadRequest("query parameter '" + std::string(name) + "' is required, as YYYY-MM-DD");
  }
  auto day = parse_date(found->second);
  if (!day) throw BadRequest(quoted(name, found->second) + " is not a date of the form YYYY-MM-DD");
  return *day;
}

const date::time_zone* read_zone(const QueryParams& query, std::string_view name) {
  auto found = query.find(name);
  if (found == query.end()) {
    throw BadRequest("query parameter '" + std::string(name) + "' is required, as an IANA zone such as America/Chicago");
  }
  try {
    return date::locate_zone(found->second);
  } catch (const std::exception&) {
    throw BadRequest(quoted(name, found->second) + " is not an IANA time zone such as America/Chicago");
  }
}

std::optional<std::string_view> read_choice(const QueryParams& query, std::string_view name,
                                            std::initializer_list<std::string_view> allowed) {
  auto found = query.find(name);
  if (found == query.end()) return std::nullopt;
  std::string options;
  for (auto choice : allowed) {
    if (found->second == choice) return choice;
    options += (options.empty() ? "" : " | ") + std::string(choice);
  }
  throw BadRequest(quoted(name, found->second) + " must be one of " + options);
}

}  // namespace tributary::sandbox
