#include "plugins/fishbowl/revenue_tally.h"

#include <algorithm>
#include <boost/json.hpp>

#include "plugins/fishbowl/value_parse.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {

namespace json = boost::json;

namespace {

double major(std::int64_t cents) { return static_cast<double>(cents) / 100.0; }

json::object sum_json(std::int64_t orders, std::int64_t cents) {
  return {{"orders", orders}, {"amount", major(cents)}};
}

}  // namespace

RevenueTally::RevenueTally(const CountingRules& rules, const SalesmanMap& salesmen,
                           std::string org_zone, sdk::Window window)
    : rules_(rules), salesmen_(salesmen), zone_(std::move(org_zone)), window_(std::move(window)) {}

std::optional<std::int64_t> RevenueTally::revenue_instant(const Order& order) const {
  switch (rules_.date_field) {
    case DateField::kCompleted:
      return order.completed;
    case DateField::kPosted:
      return order.posted;
    case DateField::kIssued:
      break;
  }
  return order.issued;
}

// The metric type for the order's channel; nullptr (and `other` set) when the channel is not
// mapped to one.
const char* RevenueTally::metric_type(const Order& order, Named*& other) {
  const std::string& value =
      rules_.channel_field == ChannelField::kCustomerName ? order.customer : order.account_type;
  auto folded = fold(value);
  if (auto it = rules_.channels.find(folded); it != rules_.channels.end())
    return it->second == Channel::kWholesaleChannel ? kWholesale : kDistribution;
  other = &other_channels_[folded];
  if (other->shown.empty()) other->shown = folded.empty() ? "(none)" : std::string(trim(value));
  return nullptr;
}

sdk::Status RevenueTally::add(const Order& order) {
  ++counters_["orders_read"];
  if (!seen_keys_.insert(order.key).second) {
    ++counters_["orders_duplicated"];  // the first row of an order wins (earliest posting)
    return sdk::Status::success();
  }
  auto& statuses = rules_.statuses;
  if (!order.status ||
      std::find(statuses.begin(), statuses.end(), *order.status) == statuses.end()) {
    excluded_statuses_[order.status.value_or(-1)].add(0);
    return sdk::Status::success();
  }
  auto instant = revenue_instant(order);
  if (!instant) {
    ++counters_["orders_without_revenue_date"];
    return sdk::Status::success();
  }
  auto day = sdk::local_date(*instant, zone_);
  if (!day) return day.status();
  if (first_day_.empty() || *day < first_day_) first_day_ = *day;
  if (last_day_.empty() || *day > last_day_) last_day_ = *day;
  if (*day < window_.start_date || *day > window_.end_date) {
    ++counters_["orders_outside_window"];
    return sdk::Status::success();
  }
  if (rules_.amount == AmountField::kTotal && !order.total_cents)
    return sdk::Status::config(
        "fishbowl: amount is 'total' but " + order.where +
        " has no tax or total (Fishbowl's Sales Order CSV export carries none); use amount: "
        "subtotal, or a table export or REST, which have totalPrice");
  auto cents = rules_.amount == AmountField::kTotal ? *order.total_cents : order.subtotal_cents;
  ++counters_["orders_in_window"];

  Named* other = nullptr;
  const char* type = metric_type(order, other);
  if (other) other->add(cents);
  auto user = user_for(salesmen_, order);
  if (!user) {
    auto key = order.salesman_id ? "#" + std::to_string(*order.salesman_id) : fold(order.salesman);
    auto& unmapped = unmapped_[key];
    unmapped.id = order.salesman_id;
    unmapped.names.emplace(fold(order.salesman),
                           order.salesman.empty() ? "(none)" : std::string(trim(order.salesman)));
    unmapped.add(cents);
    return sdk::Status::success();
  }
  if (!type) return sdk::Status::success();
  if (!salesmen_.unit_users.count(*user)) {
    outside_run_[*user].add(cents);
    return sdk::Status::success();
  }
  days_[{*user, type, *day}].add(cents);
  by_type_[type].add(cents);
  ++counters_["orders_counted"];
  return sdk::Status::success();
}

std::vector<sdk::MetricRecord> RevenueTally::records() const {
  std::vector<sdk::MetricRecord> out;
  for (const auto& [k, sum] : days_) {
    const auto& [user, type, day] = k;
    out.push_back(
        {user, type, day, major(sum.cents), {{"orders", sum.orders}, {"amount_cents", sum.cents}}});
  }
  return out;
}

json::object RevenueTally::summary() const {
  json::object out;
  for (const char* name : {"orders_read", "orders_duplicated", "orders_without_revenue_date",
                           "orders_outside_window", "orders_in_window", "orders_counted"}) {
    auto it = counters_.find(name);
    out[name] = it == counters_.end() ? 0 : it->second;
  }
  for (const char* type : {kWholesale, kDistribution}) {
    auto it = by_type_.find(type);
    out[std::string(type) + "_amount"] = major(it == by_type_.end() ? 0 : it->second.cents);
  }
  if (!first_day_.empty()) {
    out["orders_first_day"] = first_day_;
    out["orders_last_day"] = last_day_;
  }
  json::object excluded;
  for (const auto& [status, sum] : excluded_statuses_)
    excluded[status < 0 ? "unknown" : std::to_string(status)] = sum.orders;
  out["orders_excluded_by_status"] = std::move(excluded);
  json::object channels;
  for (const auto& [key, sum] : other_channels_)
    channels[sum.shown] = sum_json(sum.orders, sum.cents);
  out["other_channels"] = std::move(channels);
  json::array unmapped;
  for (const auto& [key, sum] : unmapped_) {
    auto entry = sum_json(sum.orders, sum.cents);
    entry["salesman"] = sum.names.begin()->second;
    json::array names;
    for (const auto& [folded, shown] : sum.names) names.emplace_back(shown);
    entry["names"] = std::move(names);
    entry["salesman_id"] = sum.id ? json::value(*sum.id) : json::value(nullptr);
    unmapped.push_back(std::move(entry));
  }
  out["unmapped_salesmen"] = std::move(unmapped);
  json::object outside;
  for (const auto& [user, sum] : outside_run_) outside[user] = sum_json(sum.orders, sum.cents);
  out["users_not_in_run"] = std::move(outside);
  return out;
}

}  // namespace tributary::fishbowl
