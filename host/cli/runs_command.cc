// tributary runs [--pipeline P] [--limit N] [--json]: run history, newest first — every CLI,
// scheduled, triggered, missed and skipped run.
#include <CLI/CLI.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/core/did_you_mean.h"
#include "host/runner/exit_codes.h"
#include "host/server/run_json.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

struct RunsFlags {
  std::string pipeline;
  int limit = 20;
  bool json = false;
};

// Why a run did not succeed, from its summary: a missed or skipped slot's reason, an error.
std::string note_of(const RunRow& r) {
  boost::system::error_code ec;
  auto summary = boost::json::parse(r.summary, ec);
  if (ec || !summary.is_object()) return "";
  for (const char* key : {"reason", "error", "goalsError"}) {
    if (const auto* v = summary.as_object().if_contains(key); v && v->is_string())
      return std::string(v->as_string());
  }
  return "";
}

void print_table(const std::vector<RunRow>& rows) {
  char line[256];
  std::snprintf(line, sizeof line, "%7s  %-20s %-9s %-8s %-20s %9s  %s\n", "id", "pipeline",
                "trigger", "status", "started", "seconds", "note");
  std::cout << line;
  for (const auto& r : rows) {
    const bool ended = r.ended_at != 0 && r.status != "running";
    const std::string seconds = ended ? std::to_string(r.ended_at - r.started_at) : "-";
    std::snprintf(line, sizeof line, "%7lld  %-20s %-9s %-8s %-20s %9s  ",
                  static_cast<long long>(r.id), r.pipeline.c_str(), r.trigger.c_str(),
                  r.status.c_str(), sdk::format_iso8601_utc(r.started_at).c_str(),
                  seconds.c_str());
    std::cout << line << note_of(r) << "\n";
  }
  if (rows.empty()) std::cout << "(no runs recorded)\n";
}

void list_runs(CliState& state, const RunsFlags& f) {
  auto host = open_host(state, /*needs_store=*/true);
  if (!host) return;
  std::optional<std::string> pipeline;
  if (!f.pipeline.empty()) pipeline = f.pipeline;
  auto rows = host->store->runs(pipeline, f.limit);
  if (pipeline && rows.empty() && !host->config.find_pipeline(*pipeline)) {
    std::vector<std::string> names;
    for (const auto& p : host->config.pipelines) names.push_back(p.name);
    std::cerr << "tributary runs: no pipeline '" << *pipeline << "' in the configuration and no "
              << "runs recorded for it" << did_you_mean(*pipeline, names) << "\n";
    state.exit_code = kExitConfig;
    return;
  }
  if (!f.json) return print_table(rows);
  boost::json::array out;
  for (const auto& r : rows) out.push_back(run_to_json(r, true));
  std::cout << boost::json::serialize(boost::json::object{{"runs", std::move(out)}}) << "\n";
}

}  // namespace

void add_runs_command(CLI::App& app, CliState& state) {
  auto flags = std::make_shared<RunsFlags>();
  auto* cmd = app.add_subcommand("runs", "List run history, newest first");
  cmd->add_option("--pipeline", flags->pipeline, "Only this pipeline's runs");
  cmd->add_option("--limit", flags->limit, "How many runs (default 20)")
      ->check(CLI::Range(1, 1'000'000));
  cmd->add_flag("--json", flags->json, "Print {\"runs\": [...]} with each run's summary");
  cmd->callback([&state, flags] { list_runs(state, *flags); });
}

}  // namespace tributary::host
