#pragma once
// The generated orders as the CSV files a Fishbowl install without API access hands over:
//  - sales_order: Fishbowl's Sales Order export: two "Flag" header rows, then each "SO" row
//    followed by its "Item" rows; dates as M/D/YYYY h:mm:ss AM on the server's clock, prices
//    with "$" and thousands separators, the account type as custom field "CF-Account Type".
//  - table: one row per order with so-table columns and the misspelled headers of a real export
//    (satusId, currenyRate, sateCalEnd, priotryId, patmentTermsId, carriedID), plus customerName,
//    accountType and datePosted; dates alternate between Excel serials, ISO with an hour-only
//    offset and plain MySQL datetimes.
// Same orders, same metrics as the data-query endpoint serves.

#include <date/date.h>

#include <optional>
#include <string>

#include "tests/sandbox/fishbowl/order_book.h"

namespace tributary::sandbox::fishbowl {

enum class ExportFormat { kSalesOrder, kTable };

// Orders issued on server-local dates [from, to] (all when absent), CRLF line ends.
std::string export_csv(const OrderBook& book, ExportFormat format,
                       std::optional<date::local_days> from = std::nullopt,
                       std::optional<date::local_days> to = std::nullopt);

}  // namespace tributary::sandbox::fishbowl
