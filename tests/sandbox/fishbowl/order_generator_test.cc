#include "tests/sandbox/fishbowl/order_generator.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/sandbox/fishbowl/fishbowl_fixture.h"

namespace tributary::sandbox::fishbowl {
namespace {

const date::time_zone* new_york() { return date::locate_zone("America/New_York"); }

TEST(FishbowlOrders, ADayDependsOnlyOnSeedSalesmanAndDate) {
  auto options = testing::fishbowl_test_config().dataset;
  auto directory = make_directory(options.users);
  auto all = generate_orders(directory, options, new_york());
  options.days = 3;  // a shorter range around the same anchor
  auto few = generate_orders(directory, options, new_york());
  std::set<std::int64_t> ids;
  for (const auto& o : all) ids.insert(o.id);
  for (const auto& o : few) EXPECT_TRUE(ids.count(o.id)) << o.id;
  auto day = date::local_days{date::year{2024} / 11 / 12};
  auto once = generate_day(directory, 1, day, options, new_york());
  auto again = generate_day(directory, 1, day, options, new_york());
  ASSERT_EQ(once.size(), again.size());
  for (std::size_t i = 0; i < once.size(); ++i)
    EXPECT_EQ(once[i].total_cents(), again[i].total_cents());
}

// The cases a connector gets wrong must be in the served data, or the end-to-end tests prove
// little.
TEST(FishbowlOrders, TheDataHasTheHardCases) {
  auto options = testing::fishbowl_test_config().dataset;
  auto directory = make_directory(options.users);
  auto orders = generate_orders(directory, options, new_york());
  std::set<int> statuses;
  int multi_line = 0, near_midnight = 0, initials = 0, odd_spacing = 0, unmapped = 0,
      no_account = 0;
  int credits = 0, discounts = 0, shipping = 0;
  std::set<std::int64_t> ids;
  for (const auto& o : orders) {
    EXPECT_TRUE(ids.insert(o.id).second) << "duplicate id " << o.id;
    EXPECT_EQ(new_york()->get_info(o.issued).result, date::local_info::unique);
    statuses.insert(o.status);
    multi_line += o.lines.size() > 1;
    auto seconds = (o.issued - date::floor<date::days>(o.issued)).count();
    near_midnight += seconds < 2700 || seconds >= 23 * 3600 + 15 * 60;
    const auto& s = directory.salesmen[o.salesman];
    initials += o.salesman_text == s.initials;
    odd_spacing += o.salesman_text.starts_with(' ');
    unmapped += s.user_id.empty();
    no_account += !directory.customer(o.customer_id).account_type_id.has_value();
    for (const auto& l : o.lines) {
      credits += l.type == kCreditReturnLine;
      discounts += l.type == kDiscountAmountLine;
      shipping += l.type == kShippingLine;
    }
    EXPECT_EQ(o.completed.has_value(), o.status == 60 || o.status == 70);
  }
  EXPECT_EQ(statuses, (std::set<int>{10, 20, 25, 60, 70, 80, 85, 90}));
  for (int count : {multi_line, near_midnight, initials, odd_spacing, unmapped, no_account, credits,
                    discounts, shipping})
    EXPECT_GT(count, 2);
  EXPECT_GT(orders.size(), 150u);
}

}  // namespace
}  // namespace tributary::sandbox::fishbowl
