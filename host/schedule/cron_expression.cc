#include "host/schedule/cron_expression.h"

#include <array>
#include <cctype>
#include <chrono>
#include <utility>
#include <vector>

#include "host/core/did_you_mean.h"

namespace tributary::host {
namespace {

struct Macro {
  std::string_view name;
  std::string_view fields;
};

// Vixie cron's macros, as the five fields they stand for.
constexpr std::array<Macro, 7> kMacros = {{{"@yearly", "0 0 1 1 *"},
                                           {"@annually", "0 0 1 1 *"},
                                           {"@monthly", "0 0 1 * *"},
                                           {"@weekly", "0 0 * * 0"},
                                           {"@daily", "0 0 * * *"},
                                           {"@midnight", "0 0 * * *"},
                                           {"@hourly", "0 * * * *"}}};

constexpr std::string_view kShape =
    "a cron expression is 'minute hour day-of-month month day-of-week' or one of @yearly, "
    "@annually, @monthly, @weekly, @daily, @midnight, @hourly";

std::vector<std::string_view> split_fields(std::string_view text) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) ++i;
    std::size_t start = i;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) == 0) ++i;
    if (i > start) fields.push_back(text.substr(start, i - start));
  }
  return fields;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

CronParseError expression_error(std::string message) {
  return CronParseError{"expression", std::move(message)};
}

// The five fields a macro stands for, or why the macro is not one.
std::variant<std::string_view, CronParseError> expand_macro(
    const std::vector<std::string_view>& tokens) {
  const std::string name = lower(tokens.front());
  if (tokens.size() > 1) {
    return expression_error("macro '" + name + "' takes nothing after it, got '" +
                            std::string(tokens[1]) + "'");
  }
  for (const auto& macro : kMacros) {
    if (macro.name == name) return macro.fields;
  }
  if (name == "@reboot") {
    return expression_error("@reboot is not supported: schedules here are time-based; " +
                            std::string(kShape));
  }
  std::vector<std::string> names;
  names.reserve(kMacros.size());
  for (const auto& macro : kMacros) names.emplace_back(macro.name);
  return expression_error("unknown macro '" + std::string(tokens.front()) + "'" +
                          did_you_mean(name, names) + "; " + std::string(kShape));
}

std::string join(const std::vector<std::string_view>& tokens) {
  std::string out;
  for (const auto& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token;
  }
  return out;
}

}  // namespace

std::variant<CronExpression, CronParseError> CronExpression::parse(std::string_view expr) {
  auto tokens = split_fields(expr);
  CronExpression result;
  if (!tokens.empty() && tokens.front().front() == '@') {
    auto fields = expand_macro(tokens);
    if (auto* error = std::get_if<CronParseError>(&fields)) return *error;
    result.text_ = lower(tokens.front());
    tokens = split_fields(std::get<std::string_view>(fields));
  } else {
    if (tokens.size() != 5) {
      return expression_error("expected 5 fields, got " + std::to_string(tokens.size()) + " in '" +
                              std::string(expr) + "'; " + std::string(kShape));
    }
    result.text_ = join(tokens);
  }
  const std::array<std::pair<const CronFieldSpec*, CronField*>, 5> targets = {{
      {&kMinuteSpec, &result.minute_},
      {&kHourSpec, &result.hour_},
      {&kDayOfMonthSpec, &result.day_of_month_},
      {&kMonthSpec, &result.month_},
      {&kDayOfWeekSpec, &result.day_of_week_},
  }};
  for (std::size_t i = 0; i < targets.size(); ++i) {
    auto field = parse_cron_field(tokens[i], *targets[i].first);
    if (auto* error = std::get_if<CronParseError>(&field)) return *error;
    *targets[i].second = std::get<CronField>(field);
  }
  return result;
}

bool CronExpression::matches_day(date::year_month_day day) const {
  const bool dom = day_of_month_.has(static_cast<int>(static_cast<unsigned>(day.day())));
  const bool dow =
      day_of_week_.has(static_cast<int>(date::weekday{date::sys_days{day}}.c_encoding()));
  if (day_of_month_.starts_with_star || day_of_week_.starts_with_star) return dom && dow;
  return dom || dow;
}

bool CronExpression::matches_local(date::local_seconds t) const {
  const auto minute_start = date::floor<std::chrono::minutes>(t);
  const auto day = date::floor<date::days>(minute_start);
  const date::year_month_day ymd{day};
  const auto time_of_day = minute_start - day;
  const auto hour = static_cast<int>(time_of_day / std::chrono::hours{1});
  const auto minute = static_cast<int>((time_of_day % std::chrono::hours{1}).count());
  return minute_.has(minute) && hour_.has(hour) &&
         month_.has(static_cast<int>(static_cast<unsigned>(ymd.month()))) && matches_day(ymd);
}

bool CronExpression::can_ever_fire() const {
  // With the "either" rule every week brings a matching weekday.
  if (!day_of_month_.starts_with_star && !day_of_week_.starts_with_star) return true;
  // Otherwise a (month, day) pair must exist; every such date, Feb 29 included, falls on every
  // weekday within the 400-year Gregorian cycle, so the weekday never rules a date out forever.
  constexpr std::array<int, 13> kLongestMonth = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int month = 1; month <= 12; ++month) {
    if (!month_.has(month)) continue;
    const int first = day_of_month_.next_at_or_after(1);
    if (first != -1 && first <= kLongestMonth[static_cast<std::size_t>(month)]) return true;
  }
  return false;
}

}  // namespace tributary::host
