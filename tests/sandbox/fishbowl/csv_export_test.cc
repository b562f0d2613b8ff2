#include "tests/sandbox/fishbowl/csv_export.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/sandbox/fishbowl/fishbowl_fixture.h"

namespace tributary::sandbox::fishbowl {
namespace {

// The demo ships this export so a reader can try csv mode without Fishbowl. It must stay exactly
// what `tributary-sandbox --seed 42 --users 5 --days 60 --anchor-date 2024-11-20` serves, or the
// REST and CSV runs of the demo would disagree. Regenerate it from a sandbox started with those
// flags: curl -X POST -o tests/sandbox/fishbowl/demo/sales-orders-2024-11-20.csv
//   'http://127.0.0.1:PORT/_sandbox/fishbowl/export-csv?format=sales_order'
TEST(FishbowlCsvExport, TheCommittedDemoFileIsTheSandboxsExport) {
  DatasetOptions options;
  options.seed = 42;
  options.users = 5;
  options.days = 60;
  options.anchor = date::year{2024} / date::November / 20;
  OrderBook book(options, date::locate_zone(Settings{}.timezone));
  std::ifstream in(std::string(TRIBUTARY_SOURCE_DIR) +
                       "/tests/sandbox/fishbowl/demo/sales-orders-2024-11-20.csv",
                   std::ios::binary);
  ASSERT_TRUE(in.good());
  std::ostringstream committed;
  committed << in.rdbuf();
  EXPECT_TRUE(committed.str() == export_csv(book, ExportFormat::kSalesOrder))
      << "tests/sandbox/fishbowl/demo/sales-orders-2024-11-20.csv is stale; regenerate it (see "
         "above)";
}

TEST(FishbowlCsvExport, QuotesWhatNeedsQuotingAndFiltersByIssueDate) {
  OrderBook book(testing::fishbowl_test_config().dataset, date::locate_zone("America/New_York"));
  auto so = export_csv(book, ExportFormat::kSalesOrder);
  EXPECT_NE(so.find(",\"Acme Supply, Inc.\","), std::string::npos);
  EXPECT_NE(so.find("\"Bob's \"\"Big\"\" Market\""), std::string::npos);
  EXPECT_NE(so.find("\"Paid cash, no receipt.\nCall before delivery.\""), std::string::npos);
  auto one_day =
      export_csv(book, ExportFormat::kTable, date::local_days{date::year{2024} / 11 / 12},
                 date::local_days{date::year{2024} / 11 / 12});
  std::size_t expected_rows = 1;
  for (const auto& o : book.orders())
    expected_rows +=
        date::floor<date::days>(o.issued) == date::local_days{date::year{2024} / 11 / 12};
  EXPECT_EQ(static_cast<std::size_t>(std::count(one_day.begin(), one_day.end(), '\n')),
            expected_rows);
}

}  // namespace
}  // namespace tributary::sandbox::fishbowl
