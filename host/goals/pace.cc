#include <algorithm>

#include "host/goals/goal_updater.h"
#include "host/goals/zone.h"

namespace tributary::host {

namespace {

constexpr double kOnPaceBand = 5.0;  // percentage points either side of the elapsed share
constexpr double kTolerance = 1e-9;  // so 55% progress at 50% elapsed counts as ahead

double elapsed_fraction(const date::time_zone* zone, const GoalRow& goal,
                        std::chrono::system_clock::time_point now) {
  // Real seconds, not local days: a DST week is 167 or 169 hours long.
  const auto start = day_start(zone, parse_day(goal.period_start, "goal period_start"));
  const auto end = day_start(zone, parse_day(goal.period_end, "goal period_end") + date::days{1});
  const double length = std::chrono::duration<double>(end - start).count();
  if (length <= 0) return 1;
  const double elapsed = std::chrono::duration<double>(now - start).count();
  return std::clamp(elapsed / length, 0.0, 1.0);
}

int days_remaining(const date::time_zone* zone, const GoalRow& goal,
                   std::chrono::system_clock::time_point now) {
  const auto today = local_day_of(zone, now);
  const auto first = parse_day(goal.period_start, "goal period_start");
  const auto last = parse_day(goal.period_end, "goal period_end");
  if (today > last) return 0;
  return static_cast<int>((last - std::max(today, first)).count()) + 1;
}

}  // namespace

Pace compute_pace(const GoalRow& goal, std::chrono::system_clock::time_point now,
                  std::string_view tz) {
  const auto* zone = find_zone(tz);
  Pace pace;
  pace.elapsed_fraction = elapsed_fraction(zone, goal, now);
  pace.expected_by_now = goal.target * pace.elapsed_fraction;
  pace.delta = goal.current - pace.expected_by_now;
  // A zero target is met by definition; dividing by it would say nothing useful.
  pace.progress_percent = goal.target > 0 ? goal.current / goal.target * 100 : 100;
  const double elapsed_percent = pace.elapsed_fraction * 100;
  if (pace.progress_percent + kTolerance >= elapsed_percent + kOnPaceBand)
    pace.status = "ahead";
  else if (pace.progress_percent + kTolerance >= elapsed_percent - kOnPaceBand)
    pace.status = "on_pace";
  else
    pace.status = "behind";
  pace.days_remaining = days_remaining(zone, goal, now);
  pace.needed_per_day =
      pace.days_remaining > 0 ? std::max(goal.target - goal.current, 0.0) / pace.days_remaining : 0;
  return pace;
}

}  // namespace tributary::host
