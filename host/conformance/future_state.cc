#include "host/conformance/future_state.h"

#include <charconv>
#include <cstdint>

#include "tributary/sdk/time.h"

namespace tributary::host::conformance {

namespace {
constexpr std::int64_t kCentury = 3155760000;  // 100 Julian years in seconds
}

std::optional<std::string> future_value(std::string_view value) {
  if (sdk::is_valid_date(value)) return sdk::add_days(value, 36525);
  if (auto instant = sdk::parse_iso8601(value)) return sdk::format_iso8601_utc(*instant + kCentury);
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc{} || end != value.data() + value.size()) return std::nullopt;
  if (n >= 1'000'000'000 && n < 10'000'000'000) return std::to_string(n + kCentury);          // seconds
  if (n >= 1'000'000'000'000 && n < 10'000'000'000'000) return std::to_string(n + kCentury * 1000);  // ms
  return std::to_string(n + 1'000'000'000'000);
}

}  // namespace tributary::host::conformance
