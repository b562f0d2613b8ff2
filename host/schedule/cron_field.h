#pragma once
// One of the five cron fields, parsed into the set of values it allows.

#include <cstdint>
#include <span>
#include <string_view>
#include <variant>

#include "host/schedule/cron_parse_error.h"

namespace tributary::host {

// The fixed facts about a field: its name in error messages, its value range and its names.
struct CronFieldSpec {
  std::string_view name;
  int min = 0;
  int max = 0;
  std::span<const std::string_view> names;  // names[i] stands for first_name_value + i
  int first_name_value = 0;
  bool seven_is_sunday = false;  // day-of-week: 7 is folded into 0
};

extern const CronFieldSpec kMinuteSpec;
extern const CronFieldSpec kHourSpec;
extern const CronFieldSpec kDayOfMonthSpec;
extern const CronFieldSpec kMonthSpec;
extern const CronFieldSpec kDayOfWeekSpec;

struct CronField {
  std::uint64_t values = 0;  // bit v is set when value v is allowed
  // Vixie cron's "*" flag (the text starts with '*'): it decides the day-of-month/day-of-week
  // rule, so "*/2" counts as unrestricted there exactly as in Vixie cron.
  bool starts_with_star = false;
  // The field contains '*' or a step: together with the other time field it decides whether a
  // job is "fixed-time" or "wildcard" for daylight-saving changes.
  bool wildcard = false;

  bool has(int value) const { return value >= 0 && value < 64 && ((values >> value) & 1U) != 0; }
  // The smallest allowed value >= from, or -1.
  int next_at_or_after(int from) const;
};

std::variant<CronField, CronParseError> parse_cron_field(std::string_view text,
                                                         const CronFieldSpec& spec);

}  // namespace tributary::host
