// Fishbowl's Sales Order CSV export: "Flag" header rows, then SO rows each followed by their Item
// rows. An order's amount is the sum of its lines (the system this replaces took only the first
// line). A line that cannot be read drops its whole order: a partial sum would be a wrong number
// that looks right.
#include <optional>

#include "plugins/fishbowl/csv_columns.h"
#include "plugins/fishbowl/csv_orders.h"
#include "plugins/fishbowl/order_fields.h"
#include "plugins/fishbowl/value_parse.h"

namespace tributary::fishbowl {

namespace {

struct SoColumns {
  std::optional<std::size_t> num, status, customer, salesman, salesman_id, issued, completed,
      posted, account_type;
  explicit SoColumns(const ColumnIndex& c)
      : num(c.find({"sonum", "num", "salesordernumber"})),
        status(c.find({"status", "statusid"})),
        customer(c.find({"customername", "customer"})),
        salesman(c.find({"salesman", "salesrep", "salesperson"})),
        salesman_id(c.find({"salesmanid"})),
        issued(c.find({"dateissued", "issueddate", "date"})),
        completed(c.find({"datecompleted", "completeddate"})),
        posted(c.find({"dateposted", "postingdate", "postdate"})),
        account_type(c.find({"accounttype", "customeraccounttype", "accounttypename"})) {}
};

struct ItemColumns {
  std::optional<std::size_t> type, quantity, price, total;
  explicit ItemColumns(const ColumnIndex& c)
      : type(c.find({"soitemtypeid", "itemtype", "typeid"})),
        quantity(c.find({"productquantity", "quantity", "qty"})),
        price(c.find({"productprice", "unitprice", "price"})),
        total(c.find({"producttotal", "totalprice", "linetotal"})) {}
};

// How a line type enters the order's amount: +1 adds, -1 subtracts its size, 0 is not money
// (subtotal and note lines repeat or describe other lines; tax is not in the export's subtotal).
std::optional<int> line_sign(std::string_view type) {
  auto folded = fold(type);
  if (folded.ends_with(".0")) folded.resize(folded.size() - 2);
  if (folded == "10" || folded == "11" || folded == "12" || folded == "50" || folded == "60" ||
      folded == "80" || folded == "100" || folded == "sale" || folded == "shipping")
    return 1;
  if (folded == "20" || folded == "21" || folded == "30" || folded == "31" ||
      folded == "credit return" || folded == "discount amount" || folded == "discount percentage")
    return -1;
  if (folded == "40" || folded == "70" || folded == "90" || folded == "subtotal" ||
      folded == "tax" || folded == "note")
    return 0;
  return std::nullopt;
}

class SoExportReader {
 public:
  SoExportReader(std::string_view label, std::string_view zone) : label_(label), zone_(zone) {
    out_.format = CsvFormat::kSalesOrderExport;
  }

  sdk::Status read(const std::vector<CsvRecord>& records) {
    for (const auto& r : records) {
      if (!r.fields.empty() && column_key(r.fields.front()) == "flag") {
        header(r);
        continue;
      }
      ++out_.data_rows;
      auto flag = r.fields.empty() ? std::string() : fold(r.fields.front());
      if (!so_ || !items_) return missing_header(r.line);
      if (!r.error.empty()) {
        bad(r.line, r.error);
        if (flag == "item") spoil(r.line);
        if (flag == "so") start_unreadable(r.line);
        continue;
      }
      if (flag == "so") {
        so_row(r);
      } else if (flag == "item") {
        item_row(r);
      } else {
        bad(r.line, "the first field is '" + std::string(trim(r.fields.front())) +
                        "'; expected SO or Item");
      }
    }
    finish();
    return sdk::Status::success();
  }

  CsvImport take() { return std::move(out_); }

 private:
  std::string where(int line) const { return std::string(label_) + ":" + std::to_string(line); }
  void bad(int line, std::string reason) {
    out_.bad_rows.push_back({where(line), std::move(reason)});
  }

  void header(const CsvRecord& r) {
    ColumnIndex index(r.fields);
    if (index.find({"soitemtypeid"})) {
      items_.emplace(index);
    } else {
      so_.emplace(index);
      if (!so_->num || !so_->status)
        bad(r.line, "the SO header has no SONum or Status column; SO rows cannot be read");
    }
  }

  sdk::Status missing_header(int line) const {
    return sdk::Status::data(where(line) +
                             ": a data row comes before the Flag header rows of a "
                             "Fishbowl sales order export (one with SONum, one with "
                             "SOItemTypeID); export again with headers, or set csv_format: "
                             "table_export for a one-row-per-order file");
  }

  void so_row(const CsvRecord& r) {
    finish();
    const auto& f = r.fields;
    Order order;
    order.number = std::string(field_at(f, so_->num));
    order.key = order.number;
    order.where = where(r.line);
    order.salesman = std::string(field_at(f, so_->salesman));
    order.customer = std::string(field_at(f, so_->customer));
    order.account_type = std::string(field_at(f, so_->account_type));
    auto status_text = field_at(f, so_->status);
    auto status = parse_status(status_text);
    std::string reason;
    if (order.number.empty())
      reason = "the SO row has no SONum";
    else if (!status)
      reason = "status '" + std::string(status_text) + "' is not a sales-order status";
    if (reason.empty())
      reason = read_id(field_at(f, so_->salesman_id), "salesman id", order.salesman_id);
    if (reason.empty())
      reason = read_instant(field_at(f, so_->issued), zone_, "date issued", order.issued);
    if (reason.empty())
      reason = read_instant(field_at(f, so_->completed), zone_, "date completed", order.completed);
    if (reason.empty())
      reason = read_instant(field_at(f, so_->posted), zone_, "date posted", order.posted);
    order.status = status;
    if (!reason.empty()) {
      bad(r.line, reason);
      return start_unreadable(r.line);
    }
    current_ = std::move(order);
    current_line_ = r.line;
    spoiled_ = false;
  }

  // An SO row that could not be read: its Item rows must not land on the order before it.
  void start_unreadable(int line) {
    finish();
    current_line_ = line;
    spoiled_ = true;
  }

  void item_row(const CsvRecord& r) {
    if (!current_) {
      bad(r.line, spoiled_ ? "item of the order on line " + std::to_string(current_line_) +
                                 ", which could not be read"
                           : "an Item row with no SO row above it");
      return;
    }
    const auto& f = r.fields;
    auto type_text = field_at(f, items_->type);
    auto sign = line_sign(type_text);
    if (!sign) {
      bad(r.line, "item type '" + std::string(type_text) + "' is not a known SOItemTypeID");
      return spoil(r.line);
    }
    if (*sign == 0) return;
    std::int64_t cents = 0;
    std::string reason;
    if (!field_at(f, items_->total).empty()) {
      reason = read_cents(field_at(f, items_->total), "line total", cents);
    } else {
      auto quantity = parse_quantity_micro(field_at(f, items_->quantity));
      std::int64_t unit = 0;
      reason = read_cents(field_at(f, items_->price), "product price", unit);
      if (!quantity && reason.empty())
        reason = "quantity '" + std::string(field_at(f, items_->quantity)) + "' is not a number";
      if (reason.empty()) cents = line_cents(*quantity, unit);
    }
    if (!reason.empty()) {
      bad(r.line, reason);
      return spoil(r.line);
    }
    current_->subtotal_cents += *sign > 0 ? cents : -(cents < 0 ? -cents : cents);
  }

  // A line of the current order could not be read: the order is not counted.
  void spoil(int line) {
    if (!current_) return;
    bad(current_line_, "sales order " + current_->number + " is not counted: its line on line " +
                           std::to_string(line) + " could not be read");
    current_.reset();
    spoiled_ = true;
  }

  void finish() {
    if (current_) out_.orders.push_back(std::move(*current_));
    current_.reset();
  }

  std::string_view label_;
  std::string_view zone_;
  std::optional<SoColumns> so_;
  std::optional<ItemColumns> items_;
  std::optional<Order> current_;
  int current_line_ = 0;
  bool spoiled_ = false;
  CsvImport out_;
};

}  // namespace

sdk::Result<CsvImport> read_sales_order_export(const std::vector<CsvRecord>& records,
                                               std::string_view label, std::string_view zone) {
  SoExportReader reader(label, zone);
  if (auto s = reader.read(records); !s) return s;
  return reader.take();
}

}  // namespace tributary::fishbowl
