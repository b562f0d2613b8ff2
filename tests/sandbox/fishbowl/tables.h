#pragma once
// The generated data as the Fishbowl MySQL tables the data-query endpoint reads: so, soitem,
// customer, account, accounttype, postso, sysuser, sostatus. Column names are Fishbowl's
// (provider-apis.md 3.2); only the columns a connector might ask for are filled.

#include <date/tz.h>

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "tests/sandbox/fishbowl/directory.h"
#include "tests/sandbox/fishbowl/sales_order.h"

namespace tributary::sandbox::fishbowl {

enum class ColumnType { kInt, kMoney, kText, kDateTime };

// NULL, an integer (money in cents), or text (datetimes as "YYYY-MM-DD HH:MM:SS", server-local,
// which compares correctly as text).
using Value = std::variant<std::monostate, std::int64_t, std::string>;

struct Column {
  std::string name;
  ColumnType type = ColumnType::kInt;
};

struct Table {
  std::string name;
  std::vector<Column> columns;
  std::vector<std::vector<Value>> rows;

  // Index of the column, compared without case as MySQL does; -1 when absent.
  int column(std::string_view name) const;
};

struct Database {
  std::map<std::string, Table, std::less<>> tables;  // by lower-case name
  const date::time_zone* zone = nullptr;             // the server's clock, for datetime output
};

Database make_database(const Directory& directory, const std::vector<SalesOrder>& orders,
                       const date::time_zone* zone);

std::string format_local(date::local_seconds t);  // "YYYY-MM-DD HH:MM:SS"

// MySQL compares table, column and alias names without case.
bool same_name(std::string_view a, std::string_view b);

}  // namespace tributary::sandbox::fishbowl
