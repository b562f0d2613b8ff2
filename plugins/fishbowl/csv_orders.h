#pragma once
// A Fishbowl CSV export to orders. Two layouts:
//  - the Sales Order export: header rows starting with "Flag" (one for SO fields, one for Item
//    fields with SOItemTypeID), then "SO" rows each followed by its "Item" rows. The order's
//    amount is the sum of its item lines; the export carries no tax.
//  - the table export: one header row of so-table columns (id, num, statusId, salesman,
//    salesmanId, dateIssued, subTotal, totalPrice, ...) and one row per order.
// A row that cannot be read becomes a BadRow ("file:line" and why) and the rest still imports;
// only a file whose header cannot be understood is an error.

#include <string_view>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/csv_reader.h"
#include "plugins/fishbowl/order.h"
#include "tributary/sdk/status.h"

namespace tributary::fishbowl {

struct CsvImport : OrderBatch {
  CsvFormat format = CsvFormat::kAuto;  // the layout actually read
  int data_rows = 0;                    // records after the header(s)
};

// `label` names the file in messages ("exports/orders.csv"); `zone` is the server's clock for
// dates without an offset.
sdk::Result<CsvImport> read_csv_orders(std::string_view text, std::string_view label,
                                       CsvFormat format, std::string_view zone);

// The two layouts, for read_csv_orders (records exclude nothing; each reader finds its header).
sdk::Result<CsvImport> read_sales_order_export(const std::vector<CsvRecord>& records,
                                               std::string_view label, std::string_view zone);
sdk::Result<CsvImport> read_table_export(const std::vector<CsvRecord>& records,
                                         std::string_view label, std::string_view zone);

}  // namespace tributary::fishbowl
