#pragma once
#include <string>

namespace tributary::host {

// Why a cron expression was rejected. `field` is "minute", "hour", "day-of-month", "month",
// "day-of-week", or "expression" when the problem is not inside one field (field count, macro).
struct CronParseError {
  std::string field;
  std::string message;

  // "hour: 24 is out of range 0-23"
  std::string to_string() const { return field + ": " + message; }
};

}  // namespace tributary::host
