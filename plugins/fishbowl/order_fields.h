#pragma once
// Field readers shared by the data-query rows and both CSV formats. Each returns an empty string
// when the field was read (or was empty and may be), else the reason to report for the row.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::fishbowl {

// "60", "60.0" or a status name ("Fulfilled", "closed short"); nullopt otherwise.
std::optional<int> parse_status(std::string_view text);

// An empty field leaves `slot` absent; an unreadable one is a reason naming `what`.
std::string read_instant(std::string_view text, std::string_view zone, std::string_view what,
                         std::optional<std::int64_t>& slot);

// A required amount; `what` names the column in the reason.
std::string read_cents(std::string_view text, std::string_view what, std::int64_t& slot);

// An optional numeric id (salesmanId): empty leaves `slot` absent.
std::string read_id(std::string_view text, std::string_view what,
                    std::optional<std::int64_t>& slot);

}  // namespace tributary::fishbowl
