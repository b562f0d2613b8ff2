#pragma once
// The served data set: who the server knows, every generated order, and the same as tables for
// the data-query endpoint. Built once; never changes, so readers share it without locks.

#include <date/tz.h>

#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/fishbowl/directory.h"
#include "tests/sandbox/fishbowl/sales_order.h"
#include "tests/sandbox/fishbowl/tables.h"

namespace tributary::sandbox::fishbowl {

class OrderBook {
 public:
  OrderBook(const DatasetOptions& options, const date::time_zone* zone);

  const Directory& directory() const { return directory_; }
  const std::vector<SalesOrder>& orders() const { return orders_; }
  const Database& database() const { return database_; }
  const date::time_zone* zone() const { return zone_; }

 private:
  const date::time_zone* zone_;
  Directory directory_;
  std::vector<SalesOrder> orders_;
  Database database_;
};

}  // namespace tributary::sandbox::fishbowl
