// tributary schedule next PIPELINE|--cron EXPR [--tz ZONE] [--from ISO-8601] [--count N]:
// the next fire times, one ISO-8601 instant with its UTC offset per line.
#include <CLI/CLI.hpp>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/config/time_zones.h"
#include "host/core/did_you_mean.h"
#include "host/runner/exit_codes.h"
#include "host/schedule/cron.h"

namespace tributary::host {

namespace {

struct NextFlags {
  std::string pipeline;
  std::string cron;
  std::string tz;
  std::string from;
  int count = 5;
};

// The cron text and zone name to use, from the pipeline's config or the flags; empty on error.
bool resolve(CliState& state, NextFlags& f) {
  if (f.pipeline.empty() == f.cron.empty()) {
    std::cerr << "tributary schedule next: give a PIPELINE or --cron EXPR (exactly one)\n";
    return false;
  }
  if (f.pipeline.empty()) {
    if (f.tz.empty()) f.tz = "UTC";
    return true;
  }
  auto host = open_host(state, /*needs_store=*/false);
  if (!host) return false;
  const auto* p = host->config.find_pipeline(f.pipeline);
  if (!p) {
    std::vector<std::string> names;
    for (const auto& q : host->config.pipelines) names.push_back(q.name);
    std::cerr << "tributary schedule next: unknown pipeline '" << f.pipeline << "'"
              << did_you_mean(f.pipeline, names) << "\n";
    return false;
  }
  if (p->schedule.cron.empty()) {
    std::cerr << "tributary schedule next: pipeline '" << p->name << "' (" << p->file
              << ") has no schedule; add 'schedule: {cron: \"...\"}' or pass --cron\n";
    return false;
  }
  f.cron = p->schedule.cron;
  if (f.tz.empty())
    f.tz = p->schedule.timezone.empty() ? host->config.host.org.timezone : p->schedule.timezone;
  return true;
}

void print_next(CliState& state, NextFlags f) {
  state.exit_code = kExitConfig;
  if (!resolve(state, f)) return;
  auto parsed = CronExpression::parse(f.cron);
  if (auto* e = std::get_if<CronParseError>(&parsed)) {
    std::cerr << "tributary schedule next: cron '" << f.cron << "': " << e->to_string() << "\n";
    return;
  }
  const auto& expr = std::get<CronExpression>(parsed);
  if (!expr.can_ever_fire()) {
    std::cerr << "tributary schedule next: cron '" << f.cron
              << "' never fires: no date has that day-of-month in those months\n";
    return;
  }
  if (!is_known_time_zone(f.tz)) {
    auto near = nearest_time_zone(f.tz);
    std::cerr << "tributary schedule next: unknown time zone '" << f.tz << "'"
              << (near.empty() ? "" : " (did you mean '" + near + "'?)")
              << "; expected an IANA name such as America/New_York\n";
    return;
  }
  const auto* zone = date::locate_zone(f.tz);
  auto from = std::chrono::floor<std::chrono::seconds>(state.clock().now());
  if (!f.from.empty()) {
    auto t = parse_iso8601_instant(f.from, zone);
    if (auto* e = std::get_if<InstantParseError>(&t)) {
      std::cerr << "tributary schedule next: --from '" << f.from << "': " << e->message << "\n";
      return;
    }
    from = std::get<std::chrono::sys_seconds>(t);
  }
  const auto fires = next_fires(expr, zone, from, static_cast<std::size_t>(f.count));
  for (auto t : fires) std::cout << format_iso8601_offset(t, zone) << "\n";
  if (fires.size() < static_cast<std::size_t>(f.count))
    std::cerr << "tributary schedule next: only " << fires.size() << " fire time(s) within "
              << kCronSearchHorizon.count() << " years of the start\n";
  state.exit_code = kExitOk;
}

}  // namespace

void add_schedule_command(CLI::App& app, CliState& state) {
  auto* cmd = app.add_subcommand("schedule", "Inspect schedules");
  cmd->require_subcommand(1);
  auto flags = std::make_shared<NextFlags>();
  auto* next = cmd->add_subcommand("next", "Print the next fire times of a pipeline or expression");
  next->add_option("pipeline", flags->pipeline, "Pipeline name (its cron and time zone)");
  next->add_option("--cron", flags->cron, "A cron expression instead of a pipeline");
  next->add_option("--tz", flags->tz,
                   "IANA time zone (default: the pipeline's, or UTC with --cron)");
  next->add_option("--from", flags->from, "Start after this instant (default: now)");
  next->add_option("--count", flags->count, "How many fire times (default 5)")
      ->check(CLI::Range(1, 100'000));
  next->callback([&state, flags] { print_next(state, *flags); });
}

}  // namespace tributary::host
