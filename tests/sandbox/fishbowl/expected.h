#pragma once
// What a correct Fishbowl connector must report, computed from the generated orders' lines and
// instants alone (not from the so table's totals, not through SQL): for each of our users and
// each ORGANISATION-local day of [from, to] with counted orders, the wholesale and distribution
// amounts in cents. Orders count with status 20, 25, 60 or 70; the channel is the customer's
// account type (Wholesale, Distribution; anything else, or none, is another channel).
// Unmapped salesmen and other channels are totalled as the connector's summary lists them.

#include <date/date.h>
#include <date/tz.h>

#include <boost/json/object.hpp>
#include <string>

#include "tests/sandbox/fishbowl/order_book.h"

namespace tributary::sandbox::fishbowl {

struct ExpectedQuery {
  date::local_days from;
  date::local_days to;
  const date::time_zone* organisation_zone = nullptr;
  std::string date_field = "issued";  // issued | completed | posted
  bool with_tax = false;              // amount: total
};

// {"users": {"rep1": {"new_sales_wholesale_cents", "new_sales_distribution_cents", "orders",
//   "days": {"YYYY-MM-DD": {"new_sales_wholesale_cents", "new_sales_distribution_cents",
//   "wholesale_orders", "distribution_orders"}}}}, "unmapped_salesmen": {"hkim": {"orders",
//   "amount_cents"}}, "other_channels": {"Retail": {...}, "(none)": {...}}}.
// Throws BadRequest when to < from.
boost::json::object expected_sales(const OrderBook& book, const ExpectedQuery& query);

}  // namespace tributary::sandbox::fishbowl
