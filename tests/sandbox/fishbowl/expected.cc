#include "tests/sandbox/fishbowl/expected.h"

#include <optional>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;

bool counts(int status) { return status == 20 || status == 25 || status == 60 || status == 70; }

std::optional<date::sys_seconds> revenue_instant(const SalesOrder& o, const std::string& field) {
  if (field == "completed") return o.completed_at;
  if (field == "posted") return o.posted_at;
  return o.issued_at;
}

std::int64_t& counter(json::object& o, std::string_view key) {
  if (!o.contains(key)) o[key] = std::int64_t{0};
  return o[key].as_int64();
}

// The object under `key`, created empty the first time.
json::object& slot(json::object& parent, std::string_view key) {
  auto& v = parent[key];
  if (!v.is_object()) v = json::object{};
  return v.as_object();
}

void add_to(json::object& bucket, std::int64_t cents) {
  ++counter(bucket, "orders");
  counter(bucket, "amount_cents") += cents;
}

json::object empty_user() {
  return {{"new_sales_wholesale_cents", 0},
          {"new_sales_distribution_cents", 0},
          {"orders", 0},
          {"days", json::object{}}};
}

}  // namespace

json::object expected_sales(const OrderBook& book, const ExpectedQuery& q) {
  if (q.to < q.from) throw BadRequest("expected/fishbowl: 'to' is before 'from'");
  const auto& dir = book.directory();
  json::object users, unmapped, channels;
  for (const auto& s : dir.salesmen) {
    if (!s.user_id.empty()) users[s.user_id] = empty_user();
  }
  for (const auto& o : book.orders()) {
    auto at = revenue_instant(o, q.date_field);
    if (!counts(o.status) || !at) continue;
    auto day = date::floor<date::days>(q.organisation_zone->to_local(*at));
    if (day < q.from || day > q.to) continue;
    std::int64_t cents = 0;
    for (const auto& line : o.lines) cents += line.total_cents();
    if (q.with_tax) cents += o.tax_cents;
    const auto& salesman = dir.salesmen[o.salesman];
    auto channel = dir.account_type_name(dir.customer(o.customer_id));
    bool wholesale = channel == "Wholesale", distribution = channel == "Distribution";
    if (!wholesale && !distribution)
      add_to(slot(channels, channel.empty() ? "(none)" : channel), cents);
    if (salesman.user_id.empty()) {
      add_to(slot(unmapped, salesman.username), cents);
      continue;
    }
    if (!wholesale && !distribution) continue;
    auto& user = users[salesman.user_id].as_object();
    auto type = wholesale ? "new_sales_wholesale_cents" : "new_sales_distribution_cents";
    counter(user, type) += cents;
    ++counter(user, "orders");
    auto& d = slot(user["days"].as_object(), format_date(day));
    counter(d, "new_sales_wholesale_cents");  // both types present on every listed day
    counter(d, "new_sales_distribution_cents");
    counter(d, type) += cents;
    ++counter(d, wholesale ? "wholesale_orders" : "distribution_orders");
  }
  return {{"from", format_date(q.from)},
          {"to", format_date(q.to)},
          {"tz", q.organisation_zone->name()},
          {"date_field", q.date_field},
          {"amount", q.with_tax ? "total" : "subtotal"},
          {"users", std::move(users)},
          {"unmapped_salesmen", std::move(unmapped)},
          {"other_channels", std::move(channels)}};
}

}  // namespace tributary::sandbox::fishbowl
