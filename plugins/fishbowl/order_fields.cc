#include "plugins/fishbowl/order_fields.h"

#include <array>
#include <charconv>
#include <utility>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/value_parse.h"

namespace tributary::fishbowl {

namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::optional<std::int64_t> integer(std::string_view text) {
  if (text.ends_with(".0")) text.remove_suffix(2);  // spreadsheets write ids as 60.0
  std::int64_t out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<int> parse_status(std::string_view text) {
  text = trim(text);
  if (auto id = integer(text); id && *id >= 0 && *id < 1000) return static_cast<int>(*id);
  static constexpr std::array<std::pair<std::string_view, int>, 9> kNames = {{
      {"estimate", kStatusEstimate},
      {"issued", kStatusIssued},
      {"in progress", kStatusInProgress},
      {"fulfilled", kStatusFulfilled},
      {"closed short", kStatusClosedShort},
      {"void", kStatusVoid},
      {"cancelled", kStatusCancelled},
      {"expired", kStatusExpired},
      {"historical", kStatusHistorical},
  }};
  auto folded = fold(text);
  if (folded == "canceled") return kStatusCancelled;
  for (const auto& [name, id] : kNames) {
    if (folded == name) return id;
  }
  return std::nullopt;
}

std::string read_instant(std::string_view text, std::string_view zone, std::string_view what,
                         std::optional<std::int64_t>& slot) {
  text = trim(text);
  if (text.empty() || fold(text) == "null") return {};
  slot = parse_timestamp(text, zone);
  if (slot) return {};
  return std::string(what) + " " + quoted(text) +
         " is not a date (expected e.g. 2024-06-03T10:15:00-04, 2024-06-03 10:15:00, an Excel "
         "serial such as 45446.42, or 6/3/2024)";
}

std::string read_cents(std::string_view text, std::string_view what, std::int64_t& slot) {
  auto cents = parse_cents(text);
  if (cents) {
    slot = *cents;
    return {};
  }
  return std::string(what) + " " + quoted(trim(text)) +
         " is not an amount (expected e.g. 1234.50, $1,234.50 or (12.00))";
}

std::string read_id(std::string_view text, std::string_view what,
                    std::optional<std::int64_t>& slot) {
  text = trim(text);
  if (text.empty() || fold(text) == "null") return {};
  slot = integer(text);
  if (slot) return {};
  return std::string(what) + " " + quoted(text) + " is not a numeric id";
}

}  // namespace tributary::fishbowl
