#include "tests/sandbox/fishbowl/expected.h"

#include <gtest/gtest.h>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/fishbowl/fishbowl_fixture.h"
#include "tests/sandbox/fishbowl/sql_engine.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;

std::int64_t cents(const json::value& v, std::string_view key) { return v.at(key).as_int64(); }

class FishbowlExpectedTest : public ::testing::Test {
 protected:
  FishbowlExpectedTest()
      : book_(testing::fishbowl_test_config().dataset, date::locate_zone("America/New_York")) {}

  json::object expected(const std::string& from, const std::string& to,
                        const char* zone = "America/Denver", const std::string& field = "issued") {
    ExpectedQuery q{*parse_date(from), *parse_date(to), date::locate_zone(zone), field, false};
    return expected_sales(book_, q);
  }

  OrderBook book_;
};

// Over a range wide enough that every order is inside whatever the zone, the expected totals per
// salesman and channel must equal what the so table says through SQL: two independent roads.
TEST_F(FishbowlExpectedTest, TotalsAgreeWithTheSoTableThroughSql) {
  auto exp = expected("2024-01-01", "2025-12-31");
  auto rows = run_query(
      parse_sql("SELECT so.salesmanId AS sid, so.subTotal AS amount, t.name AS channel FROM so "
                "LEFT JOIN customer c ON c.id = so.customerId LEFT JOIN account a ON a.id = "
                "c.accountId LEFT JOIN accounttype t ON t.id = a.typeId "
                "WHERE so.statusId IN (20,25,60,70)"),
      book_.database());
  std::map<std::string, std::int64_t> sql_totals;
  for (const auto& r : rows) {
    auto channel =
        r.at("channel").is_null() ? std::string() : std::string(r.at("channel").as_string());
    if (channel != "Wholesale" && channel != "Distribution") continue;
    auto sid = r.at("sid").as_int64();
    auto key =
        (sid == kUnmappedSalesmanId ? std::string("hkim") : "rep" + std::to_string(sid - 100)) +
        " " + channel;
    sql_totals[key] += std::llround(r.at("amount").as_double() * 100);
  }
  std::int64_t seen = 0;
  for (const auto& [user, totals] : exp.at("users").as_object()) {
    EXPECT_EQ(cents(totals, "new_sales_wholesale_cents"),
              sql_totals[std::string(user) + " Wholesale"])
        << user;
    EXPECT_EQ(cents(totals, "new_sales_distribution_cents"),
              sql_totals[std::string(user) + " Distribution"])
        << user;
    seen += cents(totals, "new_sales_wholesale_cents");
  }
  EXPECT_GT(seen, 0);
}

TEST_F(FishbowlExpectedTest, DaysAreTheOrganisationsLocalDays) {
  // Find an order issued between 00:00 and 02:00 New York time: it is the previous day in Denver.
  const SalesOrder* late = nullptr;
  for (const auto& o : book_.orders()) {
    auto seconds = (o.issued - date::floor<date::days>(o.issued)).count();
    const auto& s = book_.directory().salesmen[o.salesman];
    auto channel = book_.directory().account_type_name(book_.directory().customer(o.customer_id));
    if (seconds < 7200 && o.status == 60 && !s.user_id.empty() && channel == "Wholesale") late = &o;
  }
  ASSERT_NE(late, nullptr);
  auto ny_day = date::floor<date::days>(late->issued);
  auto denver_day = ny_day - date::days{1};
  auto user = book_.directory().salesmen[late->salesman].user_id;
  auto in_ny = expected(format_date(ny_day), format_date(ny_day), "America/New_York");
  auto in_denver = expected(format_date(denver_day), format_date(denver_day));
  EXPECT_GE(cents(in_ny.at("users").at(user).at("days").at(format_date(ny_day)),
                  "new_sales_wholesale_cents"),
            late->subtotal_cents());
  EXPECT_GE(cents(in_denver.at("users").at(user).at("days").at(format_date(denver_day)),
                  "new_sales_wholesale_cents"),
            late->subtotal_cents());
}

TEST_F(FishbowlExpectedTest, UnmappedAndOtherChannelsAreListed) {
  auto exp = expected("2024-10-01", "2024-11-30");
  EXPECT_GT(cents(exp.at("unmapped_salesmen").at("hkim"), "orders"), 0);
  EXPECT_GT(cents(exp.at("other_channels").at("Retail"), "amount_cents"), 0);
  EXPECT_GT(cents(exp.at("other_channels").at("(none)"), "orders"), 0);
  EXPECT_EQ(exp.at("users").as_object().size(), 4u);
}

}  // namespace
}  // namespace tributary::sandbox::fishbowl
