#include "plugins/fishbowl/csv_orders.h"

#include "plugins/fishbowl/csv_columns.h"

namespace tributary::fishbowl {

sdk::Result<CsvImport> read_csv_orders(std::string_view text, std::string_view label,
                                       CsvFormat format, std::string_view zone) {
  auto records = read_csv(text);
  if (records.empty())
    return sdk::Status::data(std::string(label) +
                             ": the file is empty; expected a Fishbowl sales "
                             "order export or a so-table export with a header row");
  if (format == CsvFormat::kAuto) {
    const auto& first = records.front();
    bool flagged = !first.fields.empty() && column_key(first.fields.front()) == "flag";
    format = flagged ? CsvFormat::kSalesOrderExport : CsvFormat::kTableExport;
  }
  if (format == CsvFormat::kSalesOrderExport) return read_sales_order_export(records, label, zone);
  return read_table_export(records, label, zone);
}

}  // namespace tributary::fishbowl
