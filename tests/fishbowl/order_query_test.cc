#include "plugins/fishbowl/order_query.h"

#include <gtest/gtest.h>

#include "tests/fishbowl/test_support.h"

namespace tributary::fishbowl {
namespace {

OrderQuery june_query() {
  return {
      DateField::kIssued, {20, 25, 60, 70}, "2024-06-02 00:00:00", "2024-06-08 00:00:00", 500, 0};
}

TEST(FishbowlOrderQuery, TheStatementIsBuiltFromConstantsAndCheckedValues) {
  auto sql = build_order_sql(june_query());
  ASSERT_TRUE(sql.ok()) << sql.status().to_string();
  EXPECT_EQ(
      *sql,
      "SELECT so.id AS id, so.num AS num, so.salesman AS salesman, so.salesmanId AS salesmanId, "
      "so.statusId AS statusId, so.dateIssued AS dateIssued, so.dateCompleted AS dateCompleted, "
      "so.subTotal AS subTotal, so.totalTax AS totalTax, so.totalPrice AS totalPrice, "
      "c.name AS customerName, t.name AS accountType FROM so "
      "LEFT JOIN customer c ON c.id = so.customerId "
      "LEFT JOIN account a ON a.id = c.accountId "
      "LEFT JOIN accounttype t ON t.id = a.typeId "
      "WHERE so.dateIssued >= '2024-06-02 00:00:00' AND so.dateIssued < '2024-06-08 00:00:00' "
      "AND so.statusId IN (20,25,60,70) ORDER BY so.id, so.dateIssued LIMIT 500 OFFSET 0");
}

TEST(FishbowlOrderQuery, PostedDateJoinsPostso) {
  auto q = june_query();
  q.date_field = DateField::kPosted;
  q.offset = 1000;
  auto sql = build_order_sql(q);
  ASSERT_TRUE(sql.ok());
  EXPECT_NE(sql->find(", p.datePosted AS datePosted FROM so"), std::string::npos) << *sql;
  EXPECT_NE(
      sql->find(" JOIN postso p ON p.soId = so.id WHERE p.datePosted >= '2024-06-02 00:00:00'"),
      std::string::npos)
      << *sql;
  EXPECT_TRUE(sql->ends_with("ORDER BY so.id, p.datePosted LIMIT 500 OFFSET 1000")) << *sql;
}

TEST(FishbowlOrderQuery, RefusesAnythingItDidNotFormatItself) {
  for (const char* bad : {"2024-06-02' OR '1'='1", "2024-06-02", "2024-06-02 00:00:00; DROP",
                          "2024-02-30 00:00:00", "2024-06-02T00:00:00"}) {
    auto q = june_query();
    q.from = bad;
    EXPECT_EQ(build_order_sql(q).status().kind(), sdk::FailureKind::kConfig) << bad;
  }
  auto q = june_query();
  q.statuses = {20, 80};
  EXPECT_EQ(build_order_sql(q).status().kind(), sdk::FailureKind::kConfig);
  q = june_query();
  q.statuses.clear();
  EXPECT_EQ(build_order_sql(q).status().kind(), sdk::FailureKind::kConfig);
  q = june_query();
  q.limit = 0;
  EXPECT_EQ(build_order_sql(q).status().kind(), sdk::FailureKind::kConfig);
  q = june_query();
  q.offset = -1;
  EXPECT_EQ(build_order_sql(q).status().kind(), sdk::FailureKind::kConfig);
}

TEST(FishbowlOrderQuery, RangeIsTheWindowOnTheServersClockWidenedByADay) {
  // Denver 06-03 00:00 is 02:00 in New York; Denver 06-06 00:00 is 06-06 02:00 in New York.
  auto range = query_range(testing::denver_window("2024-06-03", "2024-06-05"), "America/New_York");
  ASSERT_TRUE(range.ok());
  EXPECT_EQ(range->from, "2024-06-02 00:00:00");
  EXPECT_EQ(range->to, "2024-06-08 00:00:00");
  auto same = query_range(testing::denver_window("2024-06-03", "2024-06-05"), "America/Denver");
  EXPECT_EQ(same->to, "2024-06-07 00:00:00");
}

}  // namespace
}  // namespace tributary::fishbowl
