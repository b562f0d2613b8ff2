#include "host/serve/pipeline_schedule.h"

#include "host/schedule/jitter.h"
#include "host/schedule/next_fire.h"

namespace tributary::host {

bool PipelineSchedule::same_timing(const PipelineSchedule& other) const {
  const bool same_cron = cron.has_value() == other.cron.has_value() &&
                         (!cron || cron->to_string() == other.cron->to_string());
  return same_cron && zone == other.zone && jitter == other.jitter;
}

std::optional<std::chrono::sys_seconds> PipelineSchedule::slot_after(
    std::chrono::sys_seconds after) const {
  if (!cron) return std::nullopt;
  return next_fire(*cron, zone, after);
}

ScheduleSet compile_schedules(const Config& config) {
  ScheduleSet out;
  for (const auto& p : config.pipelines) {
    PipelineSchedule s;
    s.pipeline = p.name;
    s.overlap = p.schedule.overlap == "queue" ? OverlapPolicy::kQueue : OverlapPolicy::kSkip;
    s.catch_up = p.schedule.catch_up == "latest" ? CatchUpPolicy::kLatest : CatchUpPolicy::kNone;
    s.jitter = jitter_for(p.name, p.schedule.jitter_seconds);
    const std::string& zone =
        p.schedule.timezone.empty() ? config.host.org.timezone : p.schedule.timezone;
    try {
      s.zone = date::locate_zone(zone);
    } catch (const std::exception&) {
      out.errors.push_back("pipeline '" + p.name + "': unknown time zone '" + zone +
                           "'; expected an IANA name such as America/Denver");
      continue;
    }
    if (!p.schedule.cron.empty()) {
      auto parsed = CronExpression::parse(p.schedule.cron);
      if (auto* error = std::get_if<CronParseError>(&parsed)) {
        out.errors.push_back("pipeline '" + p.name + "': cron '" + p.schedule.cron +
                             "': " + error->to_string());
        continue;
      }
      s.cron = std::get<CronExpression>(std::move(parsed));
    }
    out.schedules.push_back(std::move(s));
  }
  return out;
}

}  // namespace tributary::host
