#pragma once
// A five-field cron expression (or an @macro), read the way Vixie cron reads it.

#include <date/date.h>

#include <string>
#include <string_view>
#include <variant>

#include "host/schedule/cron_field.h"
#include "host/schedule/cron_parse_error.h"

namespace tributary::host {

class CronExpression {
 public:
  // "*/15 9-17 * * MON-FRI", "0 0 1 JAN *", "@daily", ...; see docs/scheduling.md.
  static std::variant<CronExpression, CronParseError> parse(std::string_view expr);

  // Whether the local wall-clock minute containing `t` is named by the expression.
  bool matches_local(date::local_seconds t) const;

  // Vixie cron's day rule: when day-of-month and day-of-week are both restricted (neither
  // starts with '*'), a day matches if EITHER does; otherwise both must (and '*' always does).
  // The month is checked separately.
  bool matches_day(date::year_month_day day) const;

  // Fixed-time jobs (minute and hour both free of '*' and steps) follow Vixie cron's wall-clock
  // rule across daylight-saving changes; the others follow real time. See docs/scheduling.md.
  bool is_fixed_time() const { return !minute_.wildcard && !hour_.wildcard; }

  // False when no calendar day can ever match, e.g. "0 0 30 2 *".
  bool can_ever_fire() const;

  // The expression as written with whitespace collapsed ("0 9 * * MON-FRI"), or the macro.
  std::string to_string() const { return text_; }

  const CronField& minute() const { return minute_; }
  const CronField& hour() const { return hour_; }
  const CronField& day_of_month() const { return day_of_month_; }
  const CronField& month() const { return month_; }
  const CronField& day_of_week() const { return day_of_week_; }

 private:
  CronExpression() = default;

  CronField minute_;
  CronField hour_;
  CronField day_of_month_;
  CronField month_;
  CronField day_of_week_;
  std::string text_;
};

}  // namespace tributary::host
