#pragma once
// A pipeline's schedule made ready for the scheduler: the cron expression parsed, the zone
// located, the policies as enums and the jitter delay already derived from the name.

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "host/schedule/cron_expression.h"

namespace tributary::host {

enum class OverlapPolicy { kSkip, kQueue };
enum class CatchUpPolicy { kNone, kLatest };

struct PipelineSchedule {
  std::string pipeline;
  std::optional<CronExpression> cron;  // nullopt: the pipeline runs only when triggered
  const date::time_zone* zone = nullptr;
  OverlapPolicy overlap = OverlapPolicy::kSkip;
  CatchUpPolicy catch_up = CatchUpPolicy::kNone;
  std::chrono::seconds jitter{0};  // jitter_for(pipeline, jitter_seconds): a fixed delay

  // Whether fire times are the same (cron, zone, jitter); policies may differ.
  bool same_timing(const PipelineSchedule& other) const;
  // The instant a slot is acted on: the slot plus the jitter delay.
  std::chrono::sys_seconds due(std::chrono::sys_seconds slot) const { return slot + jitter; }
  // The first slot strictly after `after`, or nullopt when the expression never fires again.
  std::optional<std::chrono::sys_seconds> slot_after(std::chrono::sys_seconds after) const;
};

struct ScheduleSet {
  std::vector<PipelineSchedule> schedules;  // every pipeline, scheduled or not
  std::vector<std::string> errors;          // "pipeline 'x': ..." (config loading checks these too)
};

// Compiles every pipeline's schedule; a pipeline without `timezone` uses the organisation's.
ScheduleSet compile_schedules(const Config& config);

}  // namespace tributary::host
