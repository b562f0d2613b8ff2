// The so-table export: one header row of so columns (with the known misspellings), one row per
// order, amounts already summed over the order's lines by Fishbowl (subTotal, totalTax,
// totalPrice). The account type and customer name are not so columns; a Data-module query
// export adds them (docs/connectors/fishbowl.md has the query).
#include <optional>

#include "plugins/fishbowl/csv_columns.h"
#include "plugins/fishbowl/csv_orders.h"
#include "plugins/fishbowl/order_fields.h"

namespace tributary::fishbowl {

namespace {

struct TableColumns {
  std::optional<std::size_t> id, num, status, salesman, salesman_id, issued, completed, posted,
      subtotal, tax, total, customer, account_type;
  explicit TableColumns(const ColumnIndex& c)
      : id(c.find({"id", "salesorderid", "soid"})),
        num(c.find({"num", "sonum", "salesordernumber"})),
        status(c.find({"statusid", "status"})),
        salesman(c.find({"salesman", "salesrep", "salesperson"})),
        salesman_id(c.find({"salesmanid"})),
        issued(c.find({"dateissued", "issueddate"})),
        completed(c.find({"datecompleted", "completeddate"})),
        posted(c.find({"dateposted", "postingdate", "postdate"})),
        subtotal(c.find({"subtotal"})),
        tax(c.find({"totaltax"})),
        total(c.find({"totalprice", "total"})),
        customer(c.find({"customername", "customer"})),
        account_type(c.find({"accounttype", "customeraccounttype", "accounttypename"})) {}

  // What the header lacks, or empty.
  std::string missing() const {
    std::string out;
    auto need = [&](bool ok, std::string_view what) {
      if (!ok) out += (out.empty() ? "" : "; ") + std::string(what);
    };
    need(id || num, "an order id or number column (id, num, SONum)");
    need(status.has_value(), "a status column (statusId; satusId is read too)");
    need(subtotal || (total && tax), "subTotal, or totalPrice with totalTax");
    need(issued || completed || posted, "a date column (dateIssued, dateCompleted, datePosted)");
    return out;
  }
};

// One order row; returns the reason it cannot be read, or empty.
std::string read_row(const TableColumns& c, const std::vector<std::string>& f,
                     std::string_view zone, Order& order) {
  order.key = std::string(field_at(f, c.id));
  order.number = std::string(field_at(f, c.num));
  if (order.key.empty()) order.key = order.number;
  if (order.number.empty()) order.number = order.key;
  if (order.key.empty()) return "the row has no order id or number";
  order.salesman = std::string(field_at(f, c.salesman));
  order.customer = std::string(field_at(f, c.customer));
  order.account_type = std::string(field_at(f, c.account_type));
  auto status_text = field_at(f, c.status);
  order.status = parse_status(status_text);
  if (!order.status) return "status '" + std::string(status_text) + "' is not a sales-order status";
  std::string reason = read_id(field_at(f, c.salesman_id), "salesmanId", order.salesman_id);
  if (reason.empty())
    reason = read_instant(field_at(f, c.issued), zone, "dateIssued", order.issued);
  if (reason.empty())
    reason = read_instant(field_at(f, c.completed), zone, "dateCompleted", order.completed);
  if (reason.empty())
    reason = read_instant(field_at(f, c.posted), zone, "datePosted", order.posted);
  if (!reason.empty()) return reason;
  std::int64_t subtotal = 0, tax = 0, total = 0;
  bool has_tax = c.tax && !field_at(f, c.tax).empty();
  bool has_total = c.total && !field_at(f, c.total).empty();
  if (has_tax && !(reason = read_cents(field_at(f, c.tax), "totalTax", tax)).empty()) return reason;
  if (has_total && !(reason = read_cents(field_at(f, c.total), "totalPrice", total)).empty())
    return reason;
  if (c.subtotal) {
    reason = read_cents(field_at(f, c.subtotal), "subTotal", subtotal);
    if (!reason.empty()) return reason;
  } else if (has_total && has_tax) {
    subtotal = total - tax;
  } else {
    return "the row has no subTotal, and no totalPrice with totalTax to derive it";
  }
  order.subtotal_cents = subtotal;
  if (has_total)
    order.total_cents = total;
  else if (has_tax)
    order.total_cents = subtotal + tax;
  return {};
}

}  // namespace

sdk::Result<CsvImport> read_table_export(const std::vector<CsvRecord>& records,
                                         std::string_view label, std::string_view zone) {
  const auto& head = records.front();
  std::string at = std::string(label) + ":" + std::to_string(head.line);
  if (!head.error.empty())
    return sdk::Status::data(at + ": the header row is malformed: " + head.error);
  ColumnIndex index(head.fields);
  TableColumns columns(index);
  if (auto missing = columns.missing(); !missing.empty())
    return sdk::Status::data(at +
                             ": the header does not look like a Fishbowl so-table export; "
                             "it lacks " +
                             missing);
  CsvImport out;
  out.format = CsvFormat::kTableExport;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    ++out.data_rows;
    std::string where = std::string(label) + ":" + std::to_string(r.line);
    if (!r.error.empty()) {
      out.bad_rows.push_back({where, r.error});
      continue;
    }
    if (r.fields.size() > index.width()) {
      out.bad_rows.push_back(
          {where, "the row has " + std::to_string(r.fields.size()) + " fields but the header has " +
                      std::to_string(index.width()) + " (a comma in an unquoted field?)"});
      continue;
    }
    Order order;
    order.where = where;
    if (auto reason = read_row(columns, r.fields, zone, order); !reason.empty()) {
      out.bad_rows.push_back({where, reason});
      continue;
    }
    out.orders.push_back(std::move(order));
  }
  return out;
}

}  // namespace tributary::fishbowl
