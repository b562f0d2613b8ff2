#pragma once
// The subset of MySQL SELECT the fake data-query understands, as a parsed statement:
//   SELECT col [AS name], ... | *
//   FROM table [[AS] alias] { [LEFT [OUTER] | INNER] JOIN table [[AS] alias] ON a.col = b.col }
//   [WHERE cond {AND cond}]   cond: col (= | >= | > | < | <= | <> | !=) literal | col IN (literal,
//   ...) [ORDER BY col [ASC|DESC], ...] [LIMIT n [OFFSET m]]
// Anything else (OR, functions, subqueries, comments, several statements) is a SqlError, which
// the endpoint answers with 400 as Fishbowl does for SQL it cannot run.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tributary::sandbox::fishbowl {

class SqlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ColumnRef {
  std::string qualifier;  // table or alias; empty when unqualified
  std::string name;
  std::string text() const { return qualifier.empty() ? name : qualifier + "." + name; }
};

struct SelectItem {
  bool star = false;
  ColumnRef column;
  std::string alias;  // the output key; the column name when empty
};

struct TableRef {
  std::string table;
  std::string alias;  // the table name when none was given
};

struct Join {
  TableRef table;
  bool left = false;
  ColumnRef first, second;  // ON first = second
};

enum class Op { kEq, kNe, kGe, kGt, kLt, kLe, kIn };

// An integer, a decimal as written (compared exactly against money), or a quoted string.
struct Literal {
  std::variant<std::int64_t, std::string> value;
  bool is_decimal = false;  // value holds the decimal's text
};

struct Condition {
  ColumnRef column;
  Op op = Op::kEq;
  std::vector<Literal> values;  // one, or the IN list
};

struct OrderItem {
  ColumnRef column;
  bool descending = false;
};

struct SelectQuery {
  std::vector<SelectItem> select;
  TableRef from;
  std::vector<Join> joins;
  std::vector<Condition> where;
  std::vector<OrderItem> order_by;
  std::optional<std::int64_t> limit;
  std::int64_t offset = 0;
};

SelectQuery parse_sql(std::string_view sql);

}  // namespace tributary::sandbox::fishbowl
