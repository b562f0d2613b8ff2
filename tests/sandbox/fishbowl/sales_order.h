#pragma once
// One generated sales order with its lines, dated on the Fishbowl server's clock. Every local
// time is one the server's zone maps to exactly one instant (no DST gap or repeat), so a CSV
// export without offsets means the same instants as the data-query answer with them.

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tributary::sandbox::fishbowl {

// SOItemTypeID values the generator uses.
inline constexpr int kSaleLine = 10;
inline constexpr int kCreditReturnLine = 20;
inline constexpr int kDiscountAmountLine = 31;
inline constexpr int kShippingLine = 60;

struct Line {
  int type = kSaleLine;
  std::string product;
  std::int64_t quantity = 1;
  std::int64_t unit_cents = 0;  // positive; credit and discount lines subtract
  std::int64_t total_cents() const;
};

struct SalesOrder {
  std::int64_t id = 0;
  std::string num;
  std::size_t salesman = 0;   // index into Directory::salesmen
  std::string salesman_text;  // what so.salesman holds: username, initials, or odd spacing
  int status = 20;
  std::int64_t customer_id = 0;
  date::local_seconds issued;
  std::optional<date::local_seconds> completed;
  std::optional<date::local_seconds> posted;
  date::sys_seconds issued_at;  // the same moments as instants
  std::optional<date::sys_seconds> completed_at;
  std::optional<date::sys_seconds> posted_at;
  std::vector<Line> lines;
  std::int64_t tax_cents = 0;

  std::int64_t subtotal_cents() const;  // every line
  std::int64_t total_cents() const { return subtotal_cents() + tax_cents; }
};

}  // namespace tributary::sandbox::fishbowl
