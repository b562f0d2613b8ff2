#pragma once
// One sales order as every source reads it: data-query rows, the Sales Order CSV export and the
// so-table export all become this, so the counting rules are written once.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tributary::fishbowl {

struct Order {
  std::string key;     // identifies the order within one source (so.id, or the SO number)
  std::string number;  // the SO number people know, for messages
  std::optional<std::int64_t> salesman_id;
  std::string salesman;  // as written on the order
  std::optional<int> status;
  // UTC instants; absent when the source has no such date for the order.
  std::optional<std::int64_t> issued;
  std::optional<std::int64_t> completed;
  std::optional<std::int64_t> posted;
  std::int64_t subtotal_cents = 0;          // every line except tax
  std::optional<std::int64_t> total_cents;  // with tax; absent when the source has no tax
  std::string customer;
  std::string account_type;
  std::string where;  // "orders page 2 row 14" or "export.csv:37"
};

// A row that could not be read: reported in the summary as "where: reason", never fatal.
struct BadRow {
  std::string where;
  std::string reason;
};

struct OrderBatch {
  std::vector<Order> orders;
  std::vector<BadRow> bad_rows;
};

}  // namespace tributary::fishbowl
