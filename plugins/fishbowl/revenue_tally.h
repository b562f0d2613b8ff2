#pragma once
// Orders -> new_sales_wholesale / new_sales_distribution per user and organisation-local day,
// summed in integer cents. Every order that is read ends up in exactly one place: a metric, or a
// line of the summary saying why it did not count (status, no date, outside the window, another
// channel, a salesman nobody is mapped to, a user outside this run). Nothing is dropped silently.
// An order of another channel whose salesman is unmapped shows in both breakdowns: each answers
// its own question ("what did we not count as wholesale/distribution", "whose sales are lost").

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/order.h"
#include "plugins/fishbowl/salesman_map.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::fishbowl {

class RevenueTally {
 public:
  RevenueTally(const CountingRules& rules, const SalesmanMap& salesmen, std::string org_zone,
               sdk::Window window);

  // kConfig when the order lacks what the rules need (a total with tax for amount: total).
  sdk::Status add(const Order& order);

  // One record per (user, type, day) with at least one order; metadata {orders, amount_cents}.
  std::vector<sdk::MetricRecord> records() const;
  // Counters and breakdowns for the run summary.
  boost::json::object summary() const;

 private:
  struct Sum {
    std::int64_t orders = 0;
    std::int64_t cents = 0;
    void add(std::int64_t c) {
      ++orders;
      cents += c;
    }
  };
  struct Named : Sum {
    std::string shown;  // the text as first seen, for people
  };
  // An unmapped salesman: by Fishbowl user id when the source has one, else by folded text.
  struct Unmapped : Sum {
    std::optional<std::int64_t> id;
    std::map<std::string, std::string> names;  // folded -> first spelling seen ("hkim", "HK")
  };

  std::optional<std::int64_t> revenue_instant(const Order& order) const;
  const char* metric_type(const Order& order, Named*& other);

  const CountingRules& rules_;
  const SalesmanMap& salesmen_;
  std::string zone_;
  sdk::Window window_;
  std::set<std::string> seen_keys_;
  std::map<std::tuple<std::string, std::string, std::string>, Sum> days_;  // user, type, day
  std::map<std::string, std::int64_t> counters_;
  std::map<int, Sum> excluded_statuses_;
  std::map<std::string, Named> other_channels_;  // by folded channel value
  std::map<std::string, Unmapped> unmapped_;     // "#<id>" or folded salesman text
  std::map<std::string, Sum> outside_run_;       // by user id
  std::map<std::string, Sum> by_type_;
  // The organisation-local days of the earliest and latest dated order read, so an export that
  // covers less than the window (whose other days the run clears) shows in the summary.
  std::string first_day_, last_day_;
};

}  // namespace tributary::fishbowl
