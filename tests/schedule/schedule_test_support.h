#pragma once
// Small helpers shared by the schedule tests: parse-or-fail and readable UTC instants.

#include <date/date.h>

#include <chrono>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

#include "host/schedule/cron_expression.h"

namespace tributary::host::testing {

inline CronExpression must_parse(std::string_view text) {
  auto result = CronExpression::parse(text);
  if (auto* error = std::get_if<CronParseError>(&result)) {
    throw std::runtime_error("'" + std::string(text) + "' was rejected: " + error->to_string());
  }
  return std::get<CronExpression>(std::move(result));
}

inline CronParseError must_fail(std::string_view text) {
  auto result = CronExpression::parse(text);
  if (std::holds_alternative<CronExpression>(result)) {
    throw std::runtime_error("'" + std::string(text) + "' was accepted but should not be");
  }
  return std::get<CronParseError>(std::move(result));
}

inline std::uint64_t bits(std::initializer_list<int> values) {
  std::uint64_t out = 0;
  for (int v : values) out |= std::uint64_t{1} << v;
  return out;
}

// An instant given as UTC calendar fields.
inline std::chrono::sys_seconds utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0,
                                    int s = 0) {
  return date::sys_days{date::year{y} / date::month{mo} / date::day{d}} + std::chrono::hours{h} +
         std::chrono::minutes{mi} + std::chrono::seconds{s};
}

// A wall-clock time given as calendar fields.
inline date::local_seconds local(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return date::local_days{date::year{y} / date::month{mo} / date::day{d}} + std::chrono::hours{h} +
         std::chrono::minutes{mi} + std::chrono::seconds{s};
}

}  // namespace tributary::host::testing
