// Parsing: every accepted form yields the value sets worked out by hand, and every rejected form
// names its field and says why.

#include <gtest/gtest.h>

#include "host/schedule/cron_expression.h"
#include "tests/schedule/schedule_test_support.h"

namespace tributary::host {
namespace {

using testing::bits;
using testing::local;
using testing::must_fail;
using testing::must_parse;

constexpr std::uint64_t kAllHours = (std::uint64_t{1} << 24) - 1;
constexpr std::uint64_t kAllMinutes = (std::uint64_t{1} << 60) - 1;
constexpr std::uint64_t kAllDays = ((std::uint64_t{1} << 32) - 1) & ~std::uint64_t{1};
constexpr std::uint64_t kAllMonths = ((std::uint64_t{1} << 13) - 1) & ~std::uint64_t{1};
constexpr std::uint64_t kAllWeekdays = (std::uint64_t{1} << 7) - 1;

TEST(CronParse, StarCoversEveryValue) {
  auto e = must_parse("* * * * *");
  EXPECT_EQ(e.minute().values, kAllMinutes);
  EXPECT_EQ(e.hour().values, kAllHours);
  EXPECT_EQ(e.day_of_month().values, kAllDays);
  EXPECT_EQ(e.month().values, kAllMonths);
  EXPECT_EQ(e.day_of_week().values, kAllWeekdays);
  EXPECT_TRUE(e.day_of_month().starts_with_star);
  EXPECT_FALSE(e.is_fixed_time());
}

TEST(CronParse, ListsRangesAndSteps) {
  EXPECT_EQ(must_parse("5,10,15-17 * * * *").minute().values, bits({5, 10, 15, 16, 17}));
  EXPECT_EQ(must_parse("*/15 * * * *").minute().values, bits({0, 15, 30, 45}));
  EXPECT_EQ(must_parse("1-10/3 * * * *").minute().values, bits({1, 4, 7, 10}));
  EXPECT_EQ(must_parse("50/4 * * * *").minute().values, bits({50, 54, 58}));
  EXPECT_EQ(must_parse("0 */5 * * *").hour().values, bits({0, 5, 10, 15, 20}));
  EXPECT_EQ(must_parse("0 0 */10 * *").day_of_month().values, bits({1, 11, 21, 31}));
  EXPECT_EQ(must_parse("0 0 * */4 *").month().values, bits({1, 5, 9}));
  EXPECT_EQ(must_parse("*/90 * * * *").minute().values, bits({0}));
  EXPECT_EQ(must_parse("07 08 09 010 1").minute().values, bits({7}));
}

TEST(CronParse, MonthNamesAnyCase) {
  EXPECT_EQ(must_parse("0 0 1 JAN-MAR *").month().values, bits({1, 2, 3}));
  EXPECT_EQ(must_parse("0 0 1 jan,Jun,dEc *").month().values, bits({1, 6, 12}));
  EXPECT_EQ(must_parse("0 0 1 JAN-DEC/3 *").month().values, bits({1, 4, 7, 10}));
  EXPECT_EQ(must_parse("0 0 1 feb/5 *").month().values, bits({2, 7, 12}));
}

TEST(CronParse, WeekdayNamesAndSevenIsSunday) {
  EXPECT_EQ(must_parse("0 0 * * MON-FRI").day_of_week().values, bits({1, 2, 3, 4, 5}));
  EXPECT_EQ(must_parse("0 0 * * sun").day_of_week().values, bits({0}));
  EXPECT_EQ(must_parse("0 0 * * 7").day_of_week().values, bits({0}));
  EXPECT_EQ(must_parse("0 0 * * 5-7").day_of_week().values, bits({5, 6, 0}));
  EXPECT_EQ(must_parse("0 0 * * */2").day_of_week().values, bits({0, 2, 4, 6}));
  // "a/n" runs to the field's end, 7, which is Sunday again.
  EXPECT_EQ(must_parse("0 0 * * 1/2").day_of_week().values, bits({1, 3, 5, 0}));
  EXPECT_EQ(must_parse("0 0 * * Tue,THU,sat").day_of_week().values, bits({2, 4, 6}));
}

TEST(CronParse, MacrosExpandToVixieFields) {
  auto yearly = must_parse("@yearly");
  EXPECT_EQ(yearly.minute().values, bits({0}));
  EXPECT_EQ(yearly.hour().values, bits({0}));
  EXPECT_EQ(yearly.day_of_month().values, bits({1}));
  EXPECT_EQ(yearly.month().values, bits({1}));
  EXPECT_EQ(yearly.day_of_week().values, kAllWeekdays);
  EXPECT_EQ(must_parse("@annually").month().values, bits({1}));
  auto monthly = must_parse("@monthly");
  EXPECT_EQ(monthly.day_of_month().values, bits({1}));
  EXPECT_EQ(monthly.month().values, kAllMonths);
  EXPECT_EQ(must_parse("@weekly").day_of_week().values, bits({0}));
  EXPECT_EQ(must_parse("@weekly").day_of_month().values, kAllDays);
  EXPECT_EQ(must_parse("@daily").hour().values, bits({0}));
  EXPECT_EQ(must_parse("@midnight").hour().values, bits({0}));
  auto hourly = must_parse("@hourly");
  EXPECT_EQ(hourly.minute().values, bits({0}));
  EXPECT_EQ(hourly.hour().values, kAllHours);
}

TEST(CronParse, ToStringCollapsesWhitespaceAndLowersMacros) {
  EXPECT_EQ(must_parse("  0   9 * *\tMON-FRI ").to_string(), "0 9 * * MON-FRI");
  EXPECT_EQ(must_parse(" @Daily ").to_string(), "@daily");
}

TEST(CronParse, FixedTimeMeansNoStarOrStepInMinuteAndHour) {
  EXPECT_TRUE(must_parse("30 2 * * *").is_fixed_time());
  EXPECT_TRUE(must_parse("0,30 1-3 * * *").is_fixed_time());
  EXPECT_TRUE(must_parse("@daily").is_fixed_time());
  EXPECT_FALSE(must_parse("@hourly").is_fixed_time());
  EXPECT_FALSE(must_parse("*/15 * * * *").is_fixed_time());
  EXPECT_FALSE(must_parse("0 */2 * * *").is_fixed_time());
  EXPECT_FALSE(must_parse("0-59/5 2 * * *").is_fixed_time());
  EXPECT_FALSE(must_parse("5 * * * *").is_fixed_time());
  EXPECT_FALSE(must_parse("5 1,*/6 * * *").is_fixed_time());
}

TEST(CronParse, StarFlagFollowsTheFirstCharacter) {
  EXPECT_TRUE(must_parse("0 0 */2 * MON").day_of_month().starts_with_star);
  EXPECT_FALSE(must_parse("0 0 1-31 * MON").day_of_month().starts_with_star);
  EXPECT_FALSE(must_parse("0 0 1,*/2 * MON").day_of_month().starts_with_star);
}

TEST(CronMatch, MatchesLocalWallClockMinute) {
  auto e = must_parse("30 9 * * MON-FRI");
  EXPECT_TRUE(e.matches_local(local(2026, 1, 5, 9, 30)));      // Monday
  EXPECT_TRUE(e.matches_local(local(2026, 1, 5, 9, 30, 59)));  // seconds ignored
  EXPECT_FALSE(e.matches_local(local(2026, 1, 4, 9, 30)));     // Sunday
  EXPECT_FALSE(e.matches_local(local(2026, 1, 5, 9, 31)));
  EXPECT_FALSE(e.matches_local(local(2026, 1, 5, 10, 30)));
}

TEST(CronMatch, VixieDayRuleEitherWhenBothRestricted) {
  auto either = must_parse("0 12 13 * FRI");
  EXPECT_TRUE(either.matches_local(local(2026, 4, 13, 12)));   // Monday the 13th
  EXPECT_TRUE(either.matches_local(local(2026, 4, 17, 12)));   // Friday the 17th
  EXPECT_FALSE(either.matches_local(local(2026, 4, 14, 12)));  // Tuesday the 14th
  auto both = must_parse("0 12 */2 * FRI");
  EXPECT_TRUE(both.matches_local(local(2026, 4, 17, 12)));   // odd Friday
  EXPECT_FALSE(both.matches_local(local(2026, 4, 10, 12)));  // even Friday
  EXPECT_FALSE(both.matches_local(local(2026, 4, 13, 12)));  // odd Monday
}

TEST(CronMatch, CanEverFire) {
  EXPECT_FALSE(must_parse("0 0 30 2 *").can_ever_fire());
  EXPECT_FALSE(must_parse("0 0 31 4,6,9,11 *").can_ever_fire());
  EXPECT_FALSE(must_parse("0 0 30 2 */7").can_ever_fire());  // '*' start: both must match
  EXPECT_TRUE(must_parse("0 0 29 2 *").can_ever_fire());
  EXPECT_TRUE(must_parse("0 0 30 2 MON").can_ever_fire());  // either: every Monday in Feb
  EXPECT_TRUE(must_parse("0 0 30,31 2,3 *").can_ever_fire());
}

struct BadExpression {
  std::string text;
  std::string field;
  std::string message;
};

// gtest prints a failing parameter; the expression says more than its bytes.
void PrintTo(const BadExpression& bad, std::ostream* out) { *out << "'" << bad.text << "'"; }

class CronParseErrors : public ::testing::TestWithParam<BadExpression> {};

TEST_P(CronParseErrors, NameFieldAndReason) {
  const auto& bad = GetParam();
  auto error = must_fail(bad.text);
  EXPECT_EQ(error.field, bad.field);
  EXPECT_EQ(error.message, bad.message);
  EXPECT_EQ(error.to_string(), bad.field + ": " + bad.message);
}

const std::string kShape =
    "a cron expression is 'minute hour day-of-month month day-of-week' or one of @yearly, "
    "@annually, @monthly, @weekly, @daily, @midnight, @hourly";

INSTANTIATE_TEST_SUITE_P(
    Cron, CronParseErrors,
    ::testing::Values(
        BadExpression{"60 * * * *", "minute", "60 is out of range 0-59"},
        BadExpression{"0 24 * * *", "hour", "24 is out of range 0-23"},
        BadExpression{"0 0 0 * *", "day-of-month", "0 is out of range 1-31"},
        BadExpression{"0 0 32 * *", "day-of-month", "32 is out of range 1-31"},
        BadExpression{"0 0 * 13 *", "month", "13 is out of range 1-12"},
        BadExpression{"0 0 * 0 *", "month", "0 is out of range 1-12"},
        BadExpression{"0 0 * * 8", "day-of-week", "8 is out of range 0-7"},
        BadExpression{"99999999999 * * * *", "minute", "99999999999 is out of range 0-59"},
        BadExpression{"0 0 * * FUNDAY", "day-of-week",
                      "unknown name 'FUNDAY'; expected 0-7 or SUN, MON, TUE, WED, THU, FRI, SAT"},
        BadExpression{"0 0 * * monn", "day-of-week",
                      "unknown name 'monn' (did you mean 'MON'?); expected 0-7 or SUN, MON, TUE, "
                      "WED, THU, FRI, SAT"},
        BadExpression{"0 0 * JUNE *", "month",
                      "unknown name 'JUNE' (did you mean 'JUN'?); expected 1-12 or JAN, FEB, "
                      "MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV, DEC"},
        BadExpression{"0 0 * * 1x", "day-of-week",
                      "expected 0-7 or SUN, MON, TUE, WED, THU, FRI, SAT, got '1x'"},
        BadExpression{"abc * * * *", "minute", "expected 0-59, got 'abc'"},
        BadExpression{"? * * * *", "minute", "expected 0-59, got '?'"},
        BadExpression{"0 0 MON * *", "day-of-month", "expected 1-31, got 'MON'"},
        BadExpression{"*/0 * * * *", "minute",
                      "step 0 is not allowed in '*/0'; a step must be 1 or more"},
        BadExpression{"0 1-5/0 * * *", "hour",
                      "step 0 is not allowed in '1-5/0'; a step must be 1 or more"},
        BadExpression{"*/ * * * *", "minute", "step is missing after '/' in '*/'"},
        BadExpression{"*/x * * * *", "minute", "step 'x' is not a number in '*/x'"},
        BadExpression{"*/99999999999 * * * *", "minute",
                      "step 99999999999 is too large in '*/99999999999'"},
        BadExpression{"1/2/3 * * * *", "minute",
                      "'1/2/3' has more than one '/'; expected 'a-b/n', 'a/n' or '*/n'"},
        BadExpression{"5-2 * * * *", "minute",
                      "range start 5 is greater than end 2 in '5-2'; write the smaller value "
                      "first"},
        BadExpression{"0 0 * DEC-JAN *", "month",
                      "range start DEC is greater than end JAN in 'DEC-JAN'; write the smaller "
                      "value first"},
        BadExpression{"0 0 * * FRI-SUN", "day-of-week",
                      "range start FRI is greater than end SUN in 'FRI-SUN'; write the smaller "
                      "value first (7 is also Sunday, e.g. 5-7 for Friday to Sunday)"},
        BadExpression{"1-2-3 * * * *", "minute", "'1-2-3' has more than one '-'; a range is 'a-b'"},
        BadExpression{"-5 * * * *", "minute", "range '-5' is missing its start value"},
        BadExpression{"5- * * * *", "minute", "range '5-' is missing its end value"},
        BadExpression{"*-5 * * * *", "minute",
                      "'*' cannot be combined with other values in '*-5'; use '*' alone, '*/n', "
                      "or a range 'a-b'"},
        BadExpression{"1,,2 * * * *", "minute",
                      "empty list item in '1,,2'; expected values separated by single commas"},
        BadExpression{"0 1, * * *", "hour",
                      "empty list item in '1,'; expected values separated by single commas"},
        BadExpression{"0 0 ,1 * *", "day-of-month",
                      "empty list item in ',1'; expected values separated by single commas"},
        BadExpression{"0 0 * * * *", "expression",
                      "expected 5 fields, got 6 in '0 0 * * * *'; " + kShape},
        BadExpression{"0 0 * *", "expression", "expected 5 fields, got 4 in '0 0 * *'; " + kShape},
        BadExpression{"", "expression", "expected 5 fields, got 0 in ''; " + kShape},
        BadExpression{"@dayly", "expression",
                      "unknown macro '@dayly' (did you mean '@daily'?); " + kShape},
        BadExpression{"@reboot", "expression",
                      "@reboot is not supported: schedules here are time-based; " + kShape},
        BadExpression{"@daily 5", "expression", "macro '@daily' takes nothing after it, got '5'"}));

}  // namespace
}  // namespace tributary::host
