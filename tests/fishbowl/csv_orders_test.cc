#include "plugins/fishbowl/csv_orders.h"

#include <gtest/gtest.h>

#include "plugins/fishbowl/csv_columns.h"
#include "tests/fishbowl/test_support.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {
namespace {

using testing::fixture;
constexpr const char* kNewYork = "America/New_York";

CsvImport imported(const std::string& text, CsvFormat format = CsvFormat::kAuto) {
  auto read = read_csv_orders(text, "f.csv", format, kNewYork);
  EXPECT_TRUE(read.ok()) << read.status().to_string();
  return read.ok() ? *read : CsvImport{};
}

const Order& find(const CsvImport& in, const std::string& number) {
  for (const auto& o : in.orders)
    if (o.number == number) return o;
  static const Order kNone{};
  ADD_FAILURE() << "no order " << number;
  return kNone;
}

std::string utc(std::optional<std::int64_t> t) {
  return t ? sdk::format_iso8601_utc(*t) : std::string("none");
}

TEST(FishbowlCsvColumns, HeadersAreComparedLooselyAndKnownTyposRead) {
  EXPECT_EQ(column_key("satusId"), "statusid");
  EXPECT_EQ(column_key("currenyRate"), "currencyrate");
  EXPECT_EQ(column_key("sateCalEnd"), "datecalend");
  EXPECT_EQ(column_key("priotryId"), "priorityid");
  EXPECT_EQ(column_key("patmentTermsId"), "paymenttermsid");
  EXPECT_EQ(column_key("carriedID"), "carrierid");
  EXPECT_EQ(column_key("Sales Order"), "num");
  EXPECT_EQ(column_key(" Date Issued "), "dateissued");
  EXPECT_EQ(column_key("CF-Account Type"), "accounttype");
}

TEST(FishbowlCsvOrders, SalesOrderExportSumsEveryLineOfAnOrder) {
  auto in = imported(fixture("sales-order-export.csv"));
  EXPECT_EQ(in.format, CsvFormat::kSalesOrderExport);
  EXPECT_TRUE(in.bad_rows.empty())
      << in.bad_rows.front().where << " " << in.bad_rows.front().reason;
  ASSERT_EQ(in.orders.size(), 14u);
  // 2 x 150.00 + 25.50 + 12.00 shipping; the first line alone would be 300.00.
  EXPECT_EQ(find(in, "50101").subtotal_cents, 33750);
  EXPECT_EQ(find(in, "50102").subtotal_cents, 17990) << "10 x 19.99 less a 20.00 discount";
  EXPECT_EQ(find(in, "50103").subtotal_cents, 360099) << "\"$1,200.00\" x 3 + 0.99";
  EXPECT_EQ(find(in, "50112").subtotal_cents, 106170)
      << "credit return subtracts; note and subtotal lines are not money";
  EXPECT_EQ(find(in, "50101").total_cents, std::nullopt) << "the export has no tax";
  EXPECT_EQ(find(in, "50101").customer, "Acme Supply, Inc.");
  EXPECT_EQ(find(in, "50101").account_type, "Wholesale");
  EXPECT_EQ(find(in, "50104").status, 80) << "Void by name";
  EXPECT_EQ(find(in, "50106").status, 70) << "Closed Short by name";
  EXPECT_EQ(utc(find(in, "50102").issued), "2024-06-04T05:30:00Z") << "1:30 AM New York";
  EXPECT_EQ(find(in, "50101").where, "f.csv:3");
}

TEST(FishbowlCsvOrders, TableExportWithMisspelledHeadersSerialsAndSeparators) {
  auto in = imported(fixture("so-table-export.csv"));
  EXPECT_EQ(in.format, CsvFormat::kTableExport);
  EXPECT_TRUE(in.bad_rows.empty())
      << in.bad_rows.front().where << " " << in.bad_rows.front().reason;
  ASSERT_EQ(in.orders.size(), 14u);
  const auto& first = find(in, "50101");
  EXPECT_EQ(first.key, "1001");
  EXPECT_EQ(first.status, 60) << "read from the satusId column";
  EXPECT_EQ(first.salesman_id, 101);
  EXPECT_EQ(utc(first.issued), "2024-06-03T14:15:00Z") << "Excel serial on New York time";
  EXPECT_EQ(find(in, "50103").subtotal_cents, 360099) << "\"$3,600.99\"";
  EXPECT_EQ(find(in, "50102").total_cents, 19069);
  EXPECT_EQ(utc(find(in, "50102").issued), "2024-06-04T05:30:00Z") << "-04 offset";
  EXPECT_EQ(utc(find(in, "50103").issued), "2024-06-04T06:10:00Z") << "MySQL datetime";
  EXPECT_EQ(find(in, "50114").account_type, "");
}

TEST(FishbowlCsvOrders, BrokenRowsAreNamedByLineAndTheRestImports) {
  auto in = imported(fixture("table-export-broken.csv"));
  std::vector<std::string> numbers;
  for (const auto& o : in.orders) numbers.push_back(o.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"60001", "60007", "60009", "60011"}));
  std::map<std::string, std::string> bad;
  for (const auto& b : in.bad_rows) bad[b.where] = b.reason;
  ASSERT_EQ(bad.size(), 7u);
  EXPECT_NE(bad["f.csv:3"].find("'June 3rd' is not a date"), std::string::npos) << bad["f.csv:3"];
  EXPECT_NE(bad["f.csv:4"].find("'12,34' is not an amount"), std::string::npos) << bad["f.csv:4"];
  EXPECT_NE(bad["f.csv:5"].find("status 'Pending'"), std::string::npos);
  EXPECT_NE(bad["f.csv:6"].find("12 fields but the header has 11"), std::string::npos);
  EXPECT_NE(bad["f.csv:7"].find("closing quote"), std::string::npos);
  EXPECT_NE(bad["f.csv:10"].find("fields but the header"), std::string::npos);
  EXPECT_NE(bad["f.csv:12"].find("never closed"), std::string::npos);
  EXPECT_EQ(in.data_rows, 11);
}

TEST(FishbowlCsvOrders, ABadItemLineDropsItsWholeOrder) {
  auto in = imported(
      "Flag,SONum,Status,Salesman,DateIssued,AccountType\n"
      "Flag,SOItemTypeID,ProductQuantity,ProductPrice\n"
      "SO,1,20,jdoe,6/3/2024,Wholesale\n"
      "Item,10,1,10.00\n"
      "Item,10,two,10.00\n"
      "Item,10,1,5.00\n"
      "SO,2,20,jdoe,6/3/2024,Wholesale\n"
      "Item,10,1,7.00\n"
      "SO,3,20,jdoe,yesterday,Wholesale\n"
      "Item,10,1,9.00\n"
      "Item,99,1,1.00\n");
  ASSERT_EQ(in.orders.size(), 1u);
  EXPECT_EQ(in.orders[0].number, "2");
  EXPECT_EQ(in.orders[0].subtotal_cents, 700);
  std::vector<std::pair<std::string, std::string>> expected = {
      {"f.csv:5", "quantity 'two' is not a number"},
      {"f.csv:3", "sales order 1 is not counted: its line on line 5"},
      {"f.csv:6", "item of the order on line 3"},
      {"f.csv:9", "date issued 'yesterday' is not a date"},
      {"f.csv:10", "item of the order on line 9"},
      {"f.csv:11", "item of the order on line 9"}};
  ASSERT_EQ(in.bad_rows.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(in.bad_rows[i].where, expected[i].first);
    EXPECT_TRUE(in.bad_rows[i].reason.starts_with(expected[i].second)) << in.bad_rows[i].reason;
  }
}

TEST(FishbowlCsvOrders, AnSoExportWithoutHeadersIsAFileError) {
  auto read =
      read_csv_orders("SO,1,20\nItem,10,1,1\n", "f.csv", CsvFormat::kSalesOrderExport, kNewYork);
  EXPECT_EQ(read.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(read.status().message().find("f.csv:1"), std::string::npos);
}

TEST(FishbowlCsvOrders, AnUnrecognisedHeaderSaysWhatIsMissing) {
  auto read = read_csv_orders("name,amount\nx,1\n", "f.csv", CsvFormat::kAuto, kNewYork);
  ASSERT_EQ(read.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(read.status().message().find("a status column"), std::string::npos)
      << read.status().message();
  EXPECT_EQ(read_csv_orders("", "f.csv", CsvFormat::kAuto, kNewYork).status().kind(),
            sdk::FailureKind::kData);
}

}  // namespace
}  // namespace tributary::fishbowl
