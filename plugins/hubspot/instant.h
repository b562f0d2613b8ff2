#pragma once
// HubSpot instants. Every property value is a string: datetimes come as ISO-8601 with
// milliseconds ("2024-06-03T17:04:11.123Z") or as epoch milliseconds ("1717434251123"), and
// search filters take epoch milliseconds. Millisecond precision matters: it is the cursor.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::hubspot {

// Epoch milliseconds of either form; nullopt for "" or anything else.
std::optional<std::int64_t> parse_instant_ms(std::string_view text);

// "2024-06-03T17:04:11.123Z": fixed width, so text order is time order.
std::string format_instant_ms(std::int64_t epoch_ms);

// "2024-06-03T17:04:11Z" for the leads table; "" when `text` is not an instant.
std::string iso_seconds(std::string_view text);

}  // namespace tributary::hubspot
