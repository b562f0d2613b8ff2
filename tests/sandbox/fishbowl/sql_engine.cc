#include "tests/sandbox/fishbowl/sql_engine.h"

#include <algorithm>
#include <boost/json/object.hpp>
#include <cctype>
#include <cstdio>
#include <map>

#include "tests/sandbox/calendar.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;
using Row = std::vector<Value>;
using JoinedRow = std::vector<const Row*>;  // one per source; nullptr: LEFT JOIN found nothing

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Source {
  const Table* table;
  std::string alias;
};

struct Bound {
  std::size_t source = 0;
  int column = 0;
  const Column* info = nullptr;
  const Value& in(const JoinedRow& row) const {
    static const Value kNull{};
    return row[source] ? (*row[source])[static_cast<std::size_t>(column)] : kNull;
  }
};

class Binder {
 public:
  explicit Binder(const Database& db) : db_(db) {}

  void add(const TableRef& ref) {
    auto it = db_.tables.find(lower(ref.table));
    if (it == db_.tables.end())
      throw SqlError("Table 'fishbowl." + ref.table +
                     "' doesn't exist (the sandbox has so, soitem, "
                     "customer, account, accounttype, postso, sysuser, sostatus)");
    sources_.push_back({&it->second, ref.alias});
  }

  std::size_t size() const { return sources_.size(); }
  const Table& table(std::size_t i) const { return *sources_[i].table; }

  Bound bind(const ColumnRef& ref, std::string_view clause) const {
    std::optional<Bound> found;
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      const auto& s = sources_[i];
      if (!ref.qualifier.empty() && !same_name(ref.qualifier, s.alias) &&
          !same_name(ref.qualifier, s.table->name))
        continue;
      int column = s.table->column(ref.name);
      if (column < 0) continue;
      if (found)
        throw SqlError("Column '" + ref.text() + "' in " + std::string(clause) + " is ambiguous");
      found = Bound{i, column, &s.table->columns[static_cast<std::size_t>(column)]};
    }
    if (!found)
      throw SqlError("Unknown column '" + ref.text() + "' in '" + std::string(clause) + "'");
    return *found;
  }

 private:
  const Database& db_;
  std::vector<Source> sources_;
};

// "12.5" -> 1250 cents; SqlError for more than two decimals.
std::int64_t decimal_cents(const std::string& text) {
  auto dot = text.find('.');
  std::string fraction = text.substr(dot + 1);
  if (fraction.size() > 2 || fraction.find_first_not_of("0123456789") != std::string::npos)
    throw SqlError("Incorrect DECIMAL value: '" + text + "'");
  fraction.resize(2, '0');
  bool negative = text.starts_with('-');
  auto whole = std::stoll(text.substr(0, dot).empty() ? "0" : text.substr(0, dot));
  auto cents = std::llabs(whole) * 100 + std::stoll(fraction);
  return negative ? -cents : cents;
}

// The literal as a value comparable with the column's values.
Value coerce(const Literal& lit, const Column& column) {
  auto mismatch = [&](std::string_view what) -> SqlError {
    return SqlError("Incorrect " + std::string(what) + " value for column '" + column.name + "'");
  };
  const auto* text = std::get_if<std::string>(&lit.value);
  switch (column.type) {
    case ColumnType::kInt:
      if (text) throw mismatch("integer");
      return std::get<std::int64_t>(lit.value);
    case ColumnType::kMoney:
      if (lit.is_decimal) return decimal_cents(*text);
      if (text) throw mismatch("DECIMAL");
      return std::get<std::int64_t>(lit.value) * 100;
    case ColumnType::kText:
      if (!text || lit.is_decimal) throw mismatch("string (quote it)");
      return *text;
    case ColumnType::kDateTime: {
      if (!text || lit.is_decimal) throw mismatch("DATETIME (quote it)");
      auto parsed = parse_local_datetime(*text);
      if (!parsed) throw SqlError("Incorrect DATETIME value: '" + *text + "'");
      return format_local(*parsed);
    }
  }
  return std::monostate{};
}

bool holds(const Value& v, Op op, const std::vector<Value>& wanted) {
  if (std::holds_alternative<std::monostate>(v)) return false;  // NULL matches nothing
  if (op == Op::kIn) return std::find(wanted.begin(), wanted.end(), v) != wanted.end();
  const Value& w = wanted.front();
  switch (op) {
    case Op::kEq:
      return v == w;
    case Op::kNe:
      return v != w;
    case Op::kGe:
      return v >= w;
    case Op::kGt:
      return v > w;
    case Op::kLt:
      return v < w;
    case Op::kLe:
      return v <= w;
    case Op::kIn:
      break;
  }
  return false;
}

std::vector<JoinedRow> join_all(const SelectQuery& q, Binder& binder) {
  binder.add(q.from);
  std::vector<JoinedRow> rows;
  for (const auto& r : binder.table(0).rows) rows.push_back({&r});
  for (const auto& join : q.joins) {
    binder.add(join.table);
    auto a = binder.bind(join.first, "on clause");
    auto b = binder.bind(join.second, "on clause");
    std::size_t fresh = binder.size() - 1;
    if (a.source == fresh) std::swap(a, b);
    if (b.source != fresh || a.source == fresh)
      throw SqlError("the ON clause of JOIN " + join.table.table +
                     " must compare one of its "
                     "columns with a column of an earlier table");
    std::map<Value, std::vector<const Row*>> index;
    for (const auto& r : binder.table(fresh).rows)
      index[r[static_cast<std::size_t>(b.column)]].push_back(&r);
    std::vector<JoinedRow> next;
    for (const auto& row : rows) {
      const auto& key = a.in(row);
      auto hit = std::holds_alternative<std::monostate>(key) ? index.end() : index.find(key);
      if (hit == index.end()) {
        if (!join.left) continue;
        next.push_back(row);
        next.back().push_back(nullptr);
        continue;
      }
      for (const auto* match : hit->second) {
        next.push_back(row);
        next.back().push_back(match);
      }
    }
    rows = std::move(next);
  }
  return rows;
}

std::string iso_local(const std::string& local_text, const date::time_zone* zone) {
  auto local = *parse_local_datetime(local_text);  // the tables hold only well-formed datetimes
  auto offset =
      std::chrono::duration_cast<std::chrono::minutes>(zone->get_info(local).first.offset);
  auto minutes = offset.count();
  char sign = minutes < 0 ? '-' : '+';
  minutes = std::llabs(minutes);
  char buffer[48];
  if (minutes % 60 == 0)
    std::snprintf(buffer, sizeof buffer, "%c%02lld", sign, static_cast<long long>(minutes / 60));
  else
    std::snprintf(buffer, sizeof buffer, "%c%02lld:%02lld", sign,
                  static_cast<long long>(minutes / 60), static_cast<long long>(minutes % 60));
  auto out = local_text;
  out[10] = 'T';
  return out + ".000" + buffer;
}

json::value to_json(const Value& v, const Column& column, const date::time_zone* zone) {
  if (std::holds_alternative<std::monostate>(v)) return nullptr;
  switch (column.type) {
    case ColumnType::kInt:
      return std::get<std::int64_t>(v);
    case ColumnType::kMoney:
      return static_cast<double>(std::get<std::int64_t>(v)) / 100.0;
    case ColumnType::kText:
      return json::string(std::get<std::string>(v));
    case ColumnType::kDateTime:
      return json::string(iso_local(std::get<std::string>(v), zone));
  }
  return nullptr;
}

}  // namespace

json::array run_query(const SelectQuery& q, const Database& db) {
  Binder binder(db);
  auto rows = join_all(q, binder);
  for (const auto& c : q.where) {
    auto column = binder.bind(c.column, "where clause");
    std::vector<Value> wanted;
    for (const auto& lit : c.values) wanted.push_back(coerce(lit, *column.info));
    std::erase_if(rows, [&](const JoinedRow& r) { return !holds(column.in(r), c.op, wanted); });
  }
  std::vector<std::pair<Bound, bool>> order;
  for (const auto& o : q.order_by)
    order.emplace_back(binder.bind(o.column, "order clause"), o.descending);
  std::stable_sort(rows.begin(), rows.end(), [&](const JoinedRow& x, const JoinedRow& y) {
    for (const auto& [bound, descending] : order) {
      const auto &a = bound.in(x), &b = bound.in(y);
      if (a == b) continue;
      return descending ? b < a : a < b;  // NULL (monostate) sorts first, as in MySQL
    }
    return false;
  });
  std::vector<std::pair<std::string, Bound>> columns;
  for (const auto& item : q.select) {
    if (item.star) {
      for (std::size_t i = 0; i < binder.table(0).columns.size(); ++i) {
        const auto& c = binder.table(0).columns[i];
        columns.emplace_back(c.name, Bound{0, static_cast<int>(i), &c});
      }
      continue;
    }
    auto bound = binder.bind(item.column, "field list");
    columns.emplace_back(item.alias.empty() ? bound.info->name : item.alias, bound);
  }
  json::array out;
  auto first = std::min<std::size_t>(static_cast<std::size_t>(q.offset), rows.size());
  auto last = q.limit
                  ? std::min<std::size_t>(first + static_cast<std::size_t>(*q.limit), rows.size())
                  : rows.size();
  for (auto i = first; i < last; ++i) {
    json::object row;
    for (const auto& [key, bound] : columns)
      row[key] = to_json(bound.in(rows[i]), *bound.info, db.zone);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace tributary::sandbox::fishbowl
