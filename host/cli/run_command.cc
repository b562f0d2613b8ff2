// tributary run PIPELINE [--days N | --from DATE --to DATE] [--user ID] [--dry-run] [--json]
//                        [--concurrency N] [--no-progress]
#include <CLI/CLI.hpp>
#include <boost/json/serialize.hpp>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/cli/signal_watcher.h"
#include "host/runner/exit_codes.h"
#include "host/runner/pipeline_runner.h"
#include "host/runner/progress.h"
#include "host/runner/run_summary.h"

namespace tributary::host {

void add_run_command(CLI::App& app, CliState& state) {
  auto opts = std::make_shared<RunOptions>();
  auto json_out = std::make_shared<bool>(false);
  auto days = std::make_shared<int>(0);
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  auto user = std::make_shared<std::string>();
  auto concurrency = std::make_shared<int>(0);
  auto no_progress = std::make_shared<bool>(false);

  auto* cmd = app.add_subcommand("run", "Run a pipeline once now");
  cmd->add_option("pipeline", opts->pipeline, "Pipeline name")->required();
  auto* days_opt = cmd->add_option("--days", *days, "Window: the last N local days, today included")
                       ->check(CLI::Range(1, 3660));
  auto* from_opt = cmd->add_option("--from", *from, "Window start (YYYY-MM-DD, organisation-local)");
  auto* to_opt = cmd->add_option("--to", *to, "Window end, inclusive (YYYY-MM-DD)");
  from_opt->needs(to_opt);
  to_opt->needs(from_opt);
  days_opt->excludes(from_opt)->excludes(to_opt);
  cmd->add_option("--user", *user, "Only this user");
  cmd->add_option("--concurrency", *concurrency, "Units in flight at once (default: the pipeline's)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--dry-run", opts->dry_run, "Fetch and normalise, but write nothing");
  cmd->add_flag("--json", *json_out, "Print the run summary as JSON");
  cmd->add_flag("--no-progress", *no_progress,
                "No progress on stderr (by default: a live line on a terminal, else a log line "
                "every 5 s)");

  cmd->callback([&state, opts, json_out, days, from, to, user, concurrency, no_progress] {
    auto host = open_host(state, /*needs_store=*/true);
    if (!host) return;
    RunOptions o = *opts;
    if (*days > 0) o.days = *days;
    if (!from->empty()) o.from = *from;
    if (!to->empty()) o.to = *to;
    if (!user->empty()) o.user = *user;
    if (*concurrency > 0) o.concurrency = *concurrency;
    SignalWatcher signals(host->stop_requested);
    RunProgress progress;
    o.progress = &progress;
    RunReport report;
    {
      // Progress goes to stderr only; stdout carries the summary (one JSON document with --json).
      ProgressDisplay display(progress, *no_progress ? ProgressMode::kOff : progress_mode_for_stderr());
      report = run_pipeline(*host, o);
    }
    state.exit_code = report.exit_code;
    if (report.status == "config_error") {
      for (const auto& e : report.config_errors) std::cerr << e.to_string() << "\n";
      if (!report.error.empty()) std::cerr << "tributary run: " << report.error << "\n";
      return;
    }
    if (*json_out) {
      std::cout << boost::json::serialize(report.summary) << std::endl;
    } else {
      std::cout << format_summary(report.summary);
    }
  });
}

}  // namespace tributary::host
