#include "tests/sandbox/fishbowl/tables.h"

#include <cctype>

namespace tributary::sandbox::fishbowl {
namespace {

using T = ColumnType;

Value when(const std::optional<date::local_seconds>& t) {
  return t ? Value(format_local(*t)) : Value(std::monostate{});
}

Table so_table(const Directory& d, const std::vector<SalesOrder>& orders) {
  Table t{"so",
          {{"id", T::kInt},
           {"num", T::kText},
           {"customerId", T::kInt},
           {"statusId", T::kInt},
           {"typeId", T::kInt},
           {"salesman", T::kText},
           {"salesmanId", T::kInt},
           {"salesmanInitials", T::kText},
           {"dateCreated", T::kDateTime},
           {"dateIssued", T::kDateTime},
           {"dateCompleted", T::kDateTime},
           {"dateLastModified", T::kDateTime},
           {"subTotal", T::kMoney},
           {"totalTax", T::kMoney},
           {"totalPrice", T::kMoney},
           {"totalIncludesTax", T::kInt},
           {"locationGroupId", T::kInt}},
          {}};
  for (const auto& o : orders) {
    const auto& s = d.salesmen[o.salesman];
    auto modified = o.completed ? o.completed : std::optional(o.issued);
    t.rows.push_back({o.id, o.num, o.customer_id, std::int64_t{o.status}, std::int64_t{10},
                      o.salesman_text, s.id, s.initials, format_local(o.issued),
                      format_local(o.issued), when(o.completed), when(modified), o.subtotal_cents(),
                      o.tax_cents, o.total_cents(), std::int64_t{0}, std::int64_t{1}});
  }
  return t;
}

Table soitem_table(const std::vector<SalesOrder>& orders) {
  Table t{"soitem",
          {{"id", T::kInt},
           {"soId", T::kInt},
           {"soLineItem", T::kInt},
           {"typeId", T::kInt},
           {"productNum", T::kText},
           {"qtyOrdered", T::kInt},
           {"unitPrice", T::kMoney},
           {"totalPrice", T::kMoney}},
          {}};
  for (const auto& o : orders) {
    std::int64_t n = 0;
    for (const auto& l : o.lines) {
      ++n;
      t.rows.push_back({o.id * 10 + n, o.id, n, std::int64_t{l.type}, l.product, l.quantity,
                        l.unit_cents, l.total_cents()});
    }
  }
  return t;
}

Table postso_table(const std::vector<SalesOrder>& orders) {
  Table t{"postso", {{"id", T::kInt}, {"soId", T::kInt}, {"datePosted", T::kDateTime}}, {}};
  for (const auto& o : orders) {
    if (o.posted) t.rows.push_back({o.id, o.id, format_local(*o.posted)});
  }
  return t;
}

void add_directory_tables(const Directory& d, Database& db) {
  Table customer{"customer",
                 {{"id", T::kInt},
                  {"name", T::kText},
                  {"accountId", T::kInt},
                  {"number", T::kText},
                  {"activeFlag", T::kInt}},
                 {}};
  Table account{"account", {{"id", T::kInt}, {"typeId", T::kInt}}, {}};
  for (const auto& c : d.customers) {
    Value account_id = std::monostate{};
    if (c.account_type_id) {
      account_id = c.id + kAccountIdOffset;
      account.rows.push_back({c.id + kAccountIdOffset, *c.account_type_id});
    }
    customer.rows.push_back(
        {c.id, c.name, account_id, "C" + std::to_string(c.id), std::int64_t{1}});
  }
  Table types{"accounttype", {{"id", T::kInt}, {"name", T::kText}}, {}};
  for (const auto& a : d.account_types) types.rows.push_back({a.id, a.name});
  Table sysuser{
      "sysuser",
      {{"id", T::kInt}, {"userName", T::kText}, {"initials", T::kText}, {"email", T::kText}},
      {}};
  for (const auto& s : d.salesmen)
    sysuser.rows.push_back({s.id, s.username, s.initials, s.username + "@fishbowl.example"});
  Table status{"sostatus", {{"id", T::kInt}, {"name", T::kText}}, {}};
  for (auto [id, name] : {std::pair<std::int64_t, const char*>{10, "Estimate"},
                          {20, "Issued"},
                          {25, "In Progress"},
                          {60, "Fulfilled"},
                          {70, "Closed Short"},
                          {80, "Void"},
                          {85, "Cancelled"},
                          {90, "Expired"},
                          {95, "Historical"}})
    status.rows.push_back({id, std::string(name)});
  for (auto* table : {&customer, &account, &types, &sysuser, &status})
    db.tables.emplace(table->name, std::move(*table));
}

}  // namespace

int Table::column(std::string_view wanted) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (same_name(columns[i].name, wanted)) return static_cast<int>(i);
  }
  return -1;
}

std::string format_local(date::local_seconds t) { return date::format("%F %T", t); }

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

Database make_database(const Directory& directory, const std::vector<SalesOrder>& orders,
                       const date::time_zone* zone) {
  Database db;
  db.zone = zone;
  db.tables.emplace("so", so_table(directory, orders));
  db.tables.emplace("soitem", soitem_table(orders));
  db.tables.emplace("postso", postso_table(orders));
  add_directory_tables(directory, db);
  return db;
}

}  // namespace tributary::sandbox::fishbowl
