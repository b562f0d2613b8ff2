#include "plugins/fishbowl/order_query.h"

#include <algorithm>
#include <cctype>

#include "tributary/sdk/time.h"

namespace tributary::fishbowl {

using sdk::Status;

namespace {

// Channel and salesman are decided in normalize, so the SELECT list never depends on config.
// account/accounttype are LEFT JOINs: a customer without an account type must still show up
// (and be counted as "no channel" in the summary), not silently vanish from the result.
constexpr const char* kSelect =
    "SELECT so.id AS id, so.num AS num, so.salesman AS salesman, so.salesmanId AS salesmanId, "
    "so.statusId AS statusId, so.dateIssued AS dateIssued, so.dateCompleted AS dateCompleted, "
    "so.subTotal AS subTotal, so.totalTax AS totalTax, so.totalPrice AS totalPrice, "
    "c.name AS customerName, t.name AS accountType";
constexpr const char* kFrom =
    " FROM so"
    " LEFT JOIN customer c ON c.id = so.customerId"
    " LEFT JOIN account a ON a.id = c.accountId"
    " LEFT JOIN accounttype t ON t.id = a.typeId";

// "YYYY-MM-DD HH:MM:SS" and nothing else.
bool is_datetime(std::string_view text) {
  if (text.size() != 19) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool ok = (i == 4 || i == 7)     ? c == '-'
              : i == 10              ? c == ' '
              : (i == 13 || i == 16) ? c == ':'
                                     : std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!ok) return false;
  }
  return sdk::is_valid_date(text.substr(0, 10));
}

bool countable(int status) {
  return status == kStatusIssued || status == kStatusInProgress || status == kStatusFulfilled ||
         status == kStatusClosedShort || status == kStatusHistorical;
}

const char* date_column(DateField field) {
  switch (field) {
    case DateField::kCompleted:
      return "so.dateCompleted";
    case DateField::kPosted:
      return "p.datePosted";
    case DateField::kIssued:
      break;
  }
  return "so.dateIssued";
}

}  // namespace

sdk::Result<std::string> build_order_sql(const OrderQuery& q) {
  if (q.statuses.empty()) return Status::config("fishbowl query: no status ids to count");
  for (int s : q.statuses) {
    if (!countable(s))
      return Status::config("fishbowl query: status " + std::to_string(s) +
                            " is not one that counts (20, 25, 60, 70, 95)");
  }
  if (!is_datetime(q.from) || !is_datetime(q.to))
    return Status::config("fishbowl query: the range '" + q.from + "' .. '" + q.to +
                          "' is not two YYYY-MM-DD HH:MM:SS values");
  if (q.limit < 1 || q.limit > kMaxPageSize || q.offset < 0)
    return Status::config("fishbowl query: LIMIT " + std::to_string(q.limit) + " OFFSET " +
                          std::to_string(q.offset) + " is out of range");
  const char* column = date_column(q.date_field);
  std::string sql = kSelect;
  if (q.date_field == DateField::kPosted) sql += ", p.datePosted AS datePosted";
  sql += kFrom;
  if (q.date_field == DateField::kPosted) sql += " JOIN postso p ON p.soId = so.id";
  sql +=
      std::string(" WHERE ") + column + " >= '" + q.from + "' AND " + column + " < '" + q.to + "'";
  sql += " AND so.statusId IN (";
  for (std::size_t i = 0; i < q.statuses.size(); ++i)
    sql += (i ? "," : "") + std::to_string(q.statuses[i]);
  sql += ")";
  // A stable order makes OFFSET paging well defined; the date column second keeps an order
  // posted twice next to itself.
  sql += std::string(" ORDER BY so.id, ") + column;
  sql += " LIMIT " + std::to_string(q.limit) + " OFFSET " + std::to_string(q.offset);
  return sql;
}

sdk::Result<QueryRange> query_range(const sdk::Window& window, std::string_view server_zone) {
  if (window.end_utc <= window.start_utc)
    return Status::internal("fishbowl query: the window " + window.start_date + ".." +
                            window.end_date + " has no instants");
  auto first = sdk::local_date(window.start_utc, server_zone);
  if (!first) return first.status();
  auto last = sdk::local_date(window.end_utc - 1, server_zone);
  if (!last) return last.status();
  return QueryRange{sdk::add_days(*first, -1) + " 00:00:00", sdk::add_days(*last, 2) + " 00:00:00"};
}

}  // namespace tributary::fishbowl
