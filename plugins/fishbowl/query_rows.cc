#include "plugins/fishbowl/query_rows.h"

#include <boost/json.hpp>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/order_fields.h"
#include "plugins/fishbowl/value_parse.h"
#include "tributary/sdk/json.h"

namespace tributary::fishbowl {

namespace json = boost::json;

namespace {

const json::value* field(const json::object& row, std::string_view name) {
  if (auto it = row.find(name); it != row.end()) return &it->value();
  auto wanted = fold(name);
  for (const auto& [k, v] : row) {
    if (fold(k) == wanted) return &v;
  }
  return nullptr;
}

// The field as text: strings as they are, numbers in their shortest exact form, null as empty.
std::string text(const json::object& row, std::string_view name) {
  const auto* v = field(row, name);
  if (!v || v->is_null()) return {};
  if (v->is_string()) return std::string(v->get_string());
  return json::serialize(*v);
}

std::string read_amount(const json::object& row, std::string_view name,
                        std::optional<std::int64_t>& slot) {
  const auto* v = field(row, name);
  if (!v || v->is_null()) return {};
  slot = json_cents(*v);
  if (slot) return {};
  return std::string(name) + " " + json::serialize(*v) + " is not an amount";
}

std::string read_row(const json::object& row, std::string_view zone, Order& order) {
  order.key = text(row, "id");
  order.number = text(row, "num");
  if (order.key.empty()) return "the row has no id";
  if (order.number.empty()) order.number = order.key;
  order.salesman = text(row, "salesman");
  order.customer = text(row, "customerName");
  order.account_type = text(row, "accountType");
  auto status_text = text(row, "statusId");
  order.status = parse_status(status_text);
  if (!order.status) return "statusId '" + status_text + "' is not a sales-order status";
  std::string reason = read_id(text(row, "salesmanId"), "salesmanId", order.salesman_id);
  if (reason.empty())
    reason = read_instant(text(row, "dateIssued"), zone, "dateIssued", order.issued);
  if (reason.empty())
    reason = read_instant(text(row, "dateCompleted"), zone, "dateCompleted", order.completed);
  if (reason.empty())
    reason = read_instant(text(row, "datePosted"), zone, "datePosted", order.posted);
  if (!reason.empty()) return reason;
  std::optional<std::int64_t> subtotal, tax, total;
  if (auto r = read_amount(row, "subTotal", subtotal); !r.empty()) return r;
  if (auto r = read_amount(row, "totalTax", tax); !r.empty()) return r;
  if (auto r = read_amount(row, "totalPrice", total); !r.empty()) return r;
  if (!subtotal && total && tax) subtotal = *total - *tax;
  if (!subtotal) return "the row has no subTotal";
  order.subtotal_cents = *subtotal;
  order.total_cents = total ? total : (tax ? std::optional(*subtotal + *tax) : std::nullopt);
  return {};
}

}  // namespace

sdk::Result<OrderBatch> read_query_page(std::string_view body, std::string_view label,
                                        std::string_view zone) {
  auto parsed = sdk::parse_json(body, label);
  if (!parsed) return parsed.status();
  const auto* rows = parsed->if_array();
  if (!rows)
    return sdk::Status::data(std::string(label) + ": expected a JSON array of rows, got " +
                             std::string(json::to_string(parsed->kind())));
  OrderBatch out;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    std::string where = std::string(label) + " row " + std::to_string(i + 1);
    const auto* row = (*rows)[i].if_object();
    if (!row) {
      out.bad_rows.push_back({where, "the row is not a JSON object"});
      continue;
    }
    Order order;
    auto reason = read_row(*row, zone, order);
    if (!order.number.empty()) where += " (SO " + order.number + ")";
    order.where = where;
    if (!reason.empty()) {
      out.bad_rows.push_back({where, reason});
      continue;
    }
    out.orders.push_back(std::move(order));
  }
  return out;
}

}  // namespace tributary::fishbowl
