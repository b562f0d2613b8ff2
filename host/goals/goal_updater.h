#pragma once
// Goals: the period containing "now" in the organisation zone (weeks start Monday), the goal's
// current value under its source policy, and pace. Recomputed after every run, never stale.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "host/config/model.h"
#include "host/store/store.h"

namespace tributary::host {

struct Period {
  std::string start;  // YYYY-MM-DD
  std::string end;    // YYYY-MM-DD inclusive
};

// daily | weekly | monthly | quarterly | yearly, in IANA zone `tz`. Throws std::invalid_argument
// for an unknown period or zone.
Period period_containing(std::string_view period, std::chrono::system_clock::time_point now,
                         std::string_view tz);

// The policy for a metric type: host settings first, then the built-in default
// (phone_call_quantity/talk_time_minutes: prefer justcall, copper; new_sales_*: prefer fishbowl,
// copper; email_quantity: prefer copper, hubspot, salesforce; lead_progression_*: prefer copper,
// hubspot, salesforce; anything else: sum of all sources).
SourcePolicy source_policy_for(const HostSettings& host, std::string_view metric_type);

struct Pace {
  double elapsed_fraction = 0;   // share of the period elapsed at `now`, 0..1
  double expected_by_now = 0;    // target * elapsed_fraction
  double delta = 0;              // current - expected_by_now
  std::string status;            // ahead | on_pace | behind (±5 percentage points)
  int days_remaining = 0;        // whole local days left, today included (>= 1 inside the period)
  double needed_per_day = 0;     // max(target - current, 0) / days_remaining
  double progress_percent = 0;   // current / target * 100
};

Pace compute_pace(const GoalRow& goal, std::chrono::system_clock::time_point now,
                  std::string_view tz);

// Recomputes every configured goal (expanding user "*" to all active users) and writes them.
// Returns the number of goal rows written.
int update_goals(Store& store, const Config& config, std::chrono::system_clock::time_point now);

}  // namespace tributary::host
