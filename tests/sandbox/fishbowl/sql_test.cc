#include <gtest/gtest.h>

#include "tests/sandbox/fishbowl/directory.h"
#include "tests/sandbox/fishbowl/sql_engine.h"
#include "tests/sandbox/fishbowl/sql_query.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;

// Two orders by hand: one in EDT, one in EST, one customer without an account.
class SqlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = make_directory(2);
    auto* zone = date::locate_zone("America/New_York");
    SalesOrder a;
    a.id = 1;
    a.num = "S1";
    a.salesman = 0;
    a.salesman_text = "jdoe";
    a.status = 60;
    a.customer_id = 1;  // Acme, Wholesale
    a.issued = date::local_days{date::year{2024} / 6 / 3} + std::chrono::hours{10} +
               std::chrono::minutes{15};
    a.posted = a.issued + std::chrono::hours{30};
    a.lines = {{kSaleLine, "WID-100", 2, 15000}, {kShippingLine, "SHIPPING", 1, 1200}};
    SalesOrder b = a;
    b.id = 2;
    b.num = "S2";
    b.status = 80;
    b.customer_id = 8;  // Walk-in, no account
    b.issued = date::local_days{date::year{2024} / 12 / 3} + std::chrono::hours{23};
    b.posted.reset();
    b.lines = {{kSaleLine, "BOX-12", 3, 899}, {kDiscountAmountLine, "DISCOUNT", 1, 500}};
    db_ = make_database(directory_, {a, b}, zone);
  }

  json::array run(const std::string& sql) { return run_query(parse_sql(sql), db_); }

  std::string error_of(const std::string& sql) {
    try {
      run(sql);
    } catch (const SqlError& e) {
      return e.what();
    }
    return "no error";
  }

  Directory directory_;
  Database db_;
};

TEST_F(SqlTest, RunsTheConnectorsStatement) {
  auto rows =
      run("SELECT so.id AS id, so.num AS num, so.salesmanId AS salesmanId, so.dateIssued AS "
          "dateIssued, "
          "so.subTotal AS subTotal, c.name AS customerName, t.name AS accountType FROM so "
          "LEFT JOIN customer c ON c.id = so.customerId LEFT JOIN account a ON a.id = c.accountId "
          "LEFT JOIN accounttype t ON t.id = a.typeId "
          "WHERE so.dateIssued >= '2024-01-01 00:00:00' AND so.dateIssued < '2025-01-01 00:00:00' "
          "AND so.statusId IN (20,25,60,70,80) ORDER BY so.id, so.dateIssued LIMIT 10 OFFSET 0");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("dateIssued"), "2024-06-03T10:15:00.000-04");
  EXPECT_EQ(rows[1].at("dateIssued"), "2024-12-03T23:00:00.000-05");
  EXPECT_EQ(rows[0].at("subTotal").as_double(), 312.0);
  EXPECT_EQ(rows[1].at("subTotal").as_double(), 21.97) << "3 x 8.99 less 5.00";
  EXPECT_EQ(rows[0].at("accountType"), "Wholesale");
  EXPECT_TRUE(rows[1].at("accountType").is_null())
      << "LEFT JOIN keeps the customer without an account";
  EXPECT_EQ(rows[1].at("customerName"), "Walk-in Customer");
}

TEST_F(SqlTest, FiltersSortsAndPages) {
  EXPECT_EQ(run("SELECT id FROM so WHERE statusId IN (20,25,60,70)").size(), 1u);
  EXPECT_EQ(run("SELECT id FROM so WHERE dateIssued >= '2024-12-03'").size(), 1u);
  EXPECT_EQ(run("SELECT id FROM so WHERE dateIssued < '2024-06-03 10:15:00'").size(), 0u);
  EXPECT_EQ(run("SELECT id FROM so WHERE subTotal >= 300.00").size(), 1u);
  EXPECT_EQ(run("SELECT id FROM so WHERE num = 'S2'").at(0).at("id"), 2);
  auto desc = run("SELECT id FROM so ORDER BY id DESC LIMIT 1 OFFSET 1");
  ASSERT_EQ(desc.size(), 1u);
  EXPECT_EQ(desc[0].at("id"), 1);
  EXPECT_EQ(run("SELECT p.datePosted FROM so JOIN postso p ON p.soId = so.id").size(), 1u)
      << "an inner join drops the unposted order";
  EXPECT_EQ(run("SELECT soId, totalPrice FROM soitem WHERE soId = 2 ORDER BY id")
                .at(1)
                .at("totalPrice")
                .as_double(),
            -5.0);
  EXPECT_EQ(run("SELECT * FROM sostatus WHERE id = 85").at(0).at("name"), "Cancelled");
}

TEST_F(SqlTest, RefusesWhatItDoesNotUnderstand) {
  for (const char* sql :
       {"SELECT id FROM so WHERE id = 1 OR 1 = 1", "SELECT id FROM so; DROP TABLE so",
        "SELECT id FROM so -- comment", "SELECT COUNT(id) FROM so",
        "SELECT id FROM so WHERE id IN (SELECT id FROM so)", "DELETE FROM so",
        "SELECT id FROM so WHERE id = 1 UNION SELECT id FROM so", "SELECT id FROM so LIMIT -1",
        "SELECT id FROM so WHERE num = 'x\\'"}) {
    EXPECT_NE(error_of(sql).find("SQL error at position"), std::string::npos)
        << sql << ": " << error_of(sql);
  }
  EXPECT_EQ(error_of("SELECT nope FROM so"), "Unknown column 'nope' in 'field list'");
  EXPECT_EQ(error_of("SELECT id FROM so JOIN customer c ON c.id = so.customerId"),
            "Column 'id' in field list is ambiguous");
  EXPECT_NE(error_of("SELECT id FROM sales").find("Table 'fishbowl.sales' doesn't exist"),
            std::string::npos);
  EXPECT_NE(
      error_of("SELECT id FROM so WHERE dateIssued >= 'yesterday'").find("Incorrect DATETIME"),
      std::string::npos);
  EXPECT_NE(error_of("SELECT id FROM so WHERE statusId = '60'").find("Incorrect integer"),
            std::string::npos);
}

}  // namespace
}  // namespace tributary::sandbox::fishbowl
