#include "plugins/fishbowl/normalize.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/fishbowl/fetch.h"
#include "tests/fishbowl/test_support.h"

namespace tributary::fishbowl {
namespace {

namespace json = boost::json;
using namespace testing;

sdk::NormalizeOutput normalized(const json::object& config, const sdk::FetchResult& pages) {
  auto out = normalize_orders(june_context(config), pages);
  EXPECT_TRUE(out.ok()) << out.status().to_string();
  return out.ok() ? *out : sdk::NormalizeOutput{};
}

std::int64_t count(const sdk::NormalizeOutput& out, const char* key) {
  return out.summary.at(key).as_int64();
}

TEST(FishbowlNormalize, RestPagesGiveTheHandComputedDays) {
  auto out = normalized(rest_config(), rest_pages());
  expect_metrics(out, june_expected());
  EXPECT_EQ(out.covered_users, (std::vector<std::string>{"rep1", "rep2", "rep3"}));
  EXPECT_EQ(count(out, "orders_read"), 12);
  EXPECT_EQ(count(out, "orders_outside_window"), 2) << "SO 50110 (00:01 Denver on 06-06) and 50111";
  EXPECT_EQ(count(out, "orders_counted"), 6);
  EXPECT_EQ(out.summary.at("source"), "rest");
  EXPECT_EQ(out.summary.at("orders_first_day"), "2024-06-02") << "SO 50111, 23:00 Denver";
  EXPECT_EQ(out.summary.at("orders_last_day"), "2024-06-06") << "SO 50110, 00:01 Denver";
}

TEST(FishbowlNormalize, EverySourceOfTheSameOrdersGivesIdenticalMetrics) {
  auto rest = normalized(rest_config(), rest_pages());
  auto so_export =
      normalized(csv_config("sales-order-export.csv"), csv_pages("sales-order-export.csv"));
  auto table = normalized(csv_config("so-table-export.csv"), csv_pages("so-table-export.csv"));
  expect_metrics(so_export, june_expected());
  expect_metrics(table, june_expected());
  ASSERT_EQ(rest.metrics.size(), table.metrics.size());
  for (std::size_t i = 0; i < rest.metrics.size(); ++i) {
    EXPECT_EQ(json::serialize(rest.metrics[i].metadata),
              json::serialize(table.metrics[i].metadata));
    EXPECT_EQ(rest.metrics[i].value, so_export.metrics[i].value);
  }
  EXPECT_EQ(so_export.summary.at("csv_format"), "sales_order_export");
  EXPECT_EQ(table.summary.at("csv_format"), "table_export");
}

TEST(FishbowlNormalize, ExcludedStatusesNeverCountAndAreCounted) {
  // The CSV has the void (80) and estimate (10) orders the REST query already filters out.
  auto out = normalized(csv_config("x.csv"), csv_pages("so-table-export.csv"));
  const auto& excluded = out.summary.at("orders_excluded_by_status").as_object();
  EXPECT_EQ(excluded.at("80").as_int64(), 1);
  EXPECT_EQ(excluded.at("10").as_int64(), 1);
  EXPECT_EQ(count(out, "orders_read"), 14);
}

TEST(FishbowlNormalize, UnmappedSalesmenOtherChannelsAndOutsideUsersAreInTheSummary) {
  auto out = normalized(rest_config(), rest_pages());
  const auto& unmapped = out.summary.at("unmapped_salesmen").as_array();
  ASSERT_EQ(unmapped.size(), 1u);
  EXPECT_EQ(unmapped[0].at("salesman"), "hkim");
  EXPECT_EQ(unmapped[0].at("orders").as_int64(), 1);
  EXPECT_DOUBLE_EQ(unmapped[0].at("amount").as_double(), 500.0);
  EXPECT_EQ(unmapped[0].at("salesman_id").as_int64(), 150);
  EXPECT_EQ(unmapped[0].at("names"), json::array{"hkim"});
  const auto& channels = out.summary.at("other_channels").as_object();
  EXPECT_EQ(channels.at("Retail").at("orders").as_int64(), 1);
  EXPECT_DOUBLE_EQ(channels.at("Retail").at("amount").as_double(), 60.0);
  EXPECT_EQ(channels.at("(none)").at("orders").as_int64(), 1) << "SO 50114 has no account type";
  const auto& outside = out.summary.at("users_not_in_run").as_object();
  EXPECT_DOUBLE_EQ(outside.at("alumni").at("amount").as_double(), 88.0);
  EXPECT_DOUBLE_EQ(out.summary.at("new_sales_wholesale_amount").as_double(), 5075.19);
  EXPECT_DOUBLE_EQ(out.summary.at("new_sales_distribution_amount").as_double(), 370.89);
}

TEST(FishbowlNormalize, AUserNothingMapsToIsNotCoveredButNoted) {
  auto out = normalized(rest_config(), rest_pages());
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_EQ(out.notes[0].user_id, "rep4");
  EXPECT_EQ(out.notes[0].status.kind(), sdk::FailureKind::kNotFound);
  EXPECT_NE(out.notes[0].status.message().find("salesman_aliases"), std::string::npos);
}

TEST(FishbowlNormalize, TotalAmountAddsTax) {
  auto config = rest_config();
  config["amount"] = "total";
  auto out = normalized(config, rest_pages());
  auto expected = june_expected();
  expected[0].cents = 19069;  // SO 50102: 179.90 + 10.79 tax
  expected[2].cents = 8000;   // SO 50109: 75.00 + 5.00 tax
  expect_metrics(out, expected);
}

TEST(FishbowlNormalize, TotalAmountIsRefusedForTheSalesOrderExportWhichHasNoTax) {
  auto config = csv_config("sales-order-export.csv");
  config["amount"] = "total";
  auto out = normalize_orders(june_context(config), csv_pages("sales-order-export.csv"));
  ASSERT_EQ(out.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(out.status().message().find("amount: subtotal"), std::string::npos)
      << out.status().message();
}

TEST(FishbowlNormalize, CompletedDatePutsOrdersOnTheirCompletionDay) {
  auto config = csv_config("so-table-export.csv");
  config["date_field"] = "completed";
  auto out = normalized(config, csv_pages("so-table-export.csv"));
  // 50101 completed 06-04 09:00 NY; 50107 06-05 15:00; 50112 06-05 10:00; 50109 completed
  // 06-06 08:00 NY (06:00 Denver) is outside; open orders have no completion date.
  expect_metrics(out, {{"rep1", "new_sales_wholesale", "2024-06-04", 33750, 1},
                       {"rep2", "new_sales_wholesale", "2024-06-05", 106170, 1},
                       {"rep3", "new_sales_distribution", "2024-06-05", 19099, 1}});
  EXPECT_EQ(count(out, "orders_without_revenue_date"), 5);
}

TEST(FishbowlNormalize, TheWindowIsTheOrganisationsDaysNotTheServers) {
  auto ctx = june_context(rest_config());
  ctx.org.timezone = "America/New_York";  // now the server's day is the organisation's day
  ctx.window = {"2024-06-03", "2024-06-05", 0, 1};
  auto out = normalize_orders(ctx, rest_pages());
  ASSERT_TRUE(out.ok());
  // SO 50102 (01:30 on 06-04 NY) moves to 06-04; 50109 (01:59 on 06-06) leaves the window;
  // 50111 (01:00 on 06-03) enters it.
  std::map<std::string, double> rep1;
  for (const auto& m : out->metrics)
    if (m.user_id == "rep1") rep1[m.type + " " + m.date] += m.value;
  EXPECT_EQ(rep1, (std::map<std::string, double>{{"new_sales_distribution 2024-06-04", 179.90},
                                                 {"new_sales_wholesale 2024-06-03", 382.50}}));
}

TEST(FishbowlNormalize, SalesmanIdWinsOverTheAliasText) {
  // The text "BW" is rep3's alias, but salesmanId 101 is rep1's identity.
  sdk::FetchResult page;
  page.pages.push_back({kOrdersStream,
                        R"([{"id":1,"num":"9","salesman":"BW","salesmanId":101,"statusId":60,
                             "dateIssued":"2024-06-04T12:00:00-04","subTotal":10,"totalTax":0,
                             "totalPrice":10,"customerName":"Acme","accountType":"wholesale "}])",
                        {}});
  auto out = normalized(rest_config(), page);
  expect_metrics(out, {{"rep1", "new_sales_wholesale", "2024-06-04", 1000, 1}});
}

TEST(FishbowlNormalize, CustomerNameCanBeTheChannel) {
  auto config = rest_config();
  config["channel_field"] = "customer_name";
  config["channel_map"] = {{"acme supply, inc.", "distribution"}};
  auto out = normalized(config, rest_pages());
  ASSERT_FALSE(out.metrics.empty());
  for (const auto& m : out.metrics) EXPECT_EQ(m.type, "new_sales_distribution");
  EXPECT_EQ(out.summary.at("other_channels")
                .as_object()
                .at("Great Lakes Distribution")
                .at("orders")
                .as_int64(),
            3);
}

TEST(FishbowlNormalize, ConflictingMappingsFailTheUnitWithBothNames) {
  auto ctx = june_context(rest_config());
  ctx.users[2].identity["salesman_id"] = "101";  // rep3 claims rep1's id
  auto out = normalize_orders(ctx, rest_pages());
  ASSERT_EQ(out.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(out.status().message().find("'rep1' and 'rep3'"), std::string::npos)
      << out.status().message();
}

TEST(FishbowlNormalize, BadRowsAreListedWithFileAndLineAndTheGoodRowsCount) {
  auto out =
      normalized(csv_config("table-export-broken.csv"), csv_pages("table-export-broken.csv"));
  expect_metrics(out, {{"rep1", "new_sales_wholesale", "2024-06-03", 15300, 4}});
  EXPECT_EQ(count(out, "bad_row_count"), 7);
  std::vector<std::string> lines;
  for (const auto& l : out.summary.at("bad_rows").as_array()) lines.emplace_back(l.as_string());
  for (const char* where : {":3: ", ":4: ", ":5: ", ":6: ", ":7: ", ":10: ", ":12: "}) {
    bool found = false;
    for (const auto& l : lines)
      found = found || l.starts_with(std::string("table-export-broken.csv") + where);
    EXPECT_TRUE(found) << "no bad row at line" << where;
  }
  EXPECT_TRUE(out.notes.size() == 1 && out.notes[0].user_id == "rep4") << "bad rows make no notes";
}

TEST(FishbowlNormalize, SameInputSameOutput) {
  auto a = normalized(rest_config(), rest_pages());
  auto b = normalized(rest_config(), rest_pages());
  EXPECT_EQ(json::serialize(a.summary), json::serialize(b.summary));
  ASSERT_EQ(a.metrics.size(), b.metrics.size());
}

}  // namespace
}  // namespace tributary::fishbowl
