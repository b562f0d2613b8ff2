// tributary goals [--user ID] [--json]: every goal for the current period, recomputed now (so a
// period that rolled over since the last run is never shown stale), with pace.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "host/cli/cli_context.h"
#include "host/goals/goal_updater.h"
#include "host/runner/exit_codes.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

std::string unit_of(const std::string& type) {
  if (type.starts_with("new_sales")) return "$";
  if (type == "talk_time_minutes") return "min";
  if (type == "email_quantity") return "emails";
  if (type == "phone_call_quantity") return "calls";
  return "";
}

void show_goals(CliState& state, const std::string& user, bool as_json) {
  auto host = open_host(state, true);
  if (!host) return;
  auto now = host->clock->now();
  try {
    update_goals(*host->store, host->config, now);
  } catch (const std::exception& e) {
    std::cerr << "tributary goals: cannot update goals: " << e.what() << "\n";
    state.exit_code = kExitFailed;
    return;
  }
  auto goals = host->store->goals(user.empty() ? std::nullopt : std::optional<std::string>(user));
  const auto& tz = host->config.host.org.timezone;
  if (as_json) {
    json::array arr;
    for (const auto& g : goals) {
      auto p = compute_pace(g, now, tz);
      json::error_code ec;
      auto detail = json::parse(g.source_detail.empty() ? "{}" : g.source_detail, ec);
      arr.push_back({{"id", g.id}, {"user_id", g.user_id}, {"type", g.type}, {"period", g.period},
                     {"target", g.target}, {"current", g.current}, {"period_start", g.period_start},
                     {"period_end", g.period_end}, {"sources", ec ? json::value() : detail},
                     {"pace", {{"elapsed_fraction", p.elapsed_fraction}, {"expected_by_now", p.expected_by_now},
                               {"delta", p.delta}, {"status", p.status}, {"days_remaining", p.days_remaining},
                               {"needed_per_day", p.needed_per_day}, {"progress_percent", p.progress_percent}}}});
    }
    std::cout << json::serialize(arr) << std::endl;
    return;
  }
  if (goals.empty()) {
    std::cout << "no goals" << (user.empty() ? "" : " for user " + user) << "\n";
    return;
  }
  std::printf("%-10s %-24s %-9s %-23s %10s %10s %6s %10s %-8s %s\n", "USER", "TYPE", "PERIOD", "PERIOD (LOCAL)",
              "CURRENT", "TARGET", "%", "EXPECTED", "PACE", "NEEDED");
  for (const auto& g : goals) {
    auto p = compute_pace(g, now, tz);
    char needed[64];
    std::snprintf(needed, sizeof needed, "%.0f %s/day for %d day%s", std::ceil(p.needed_per_day),
                  unit_of(g.type).c_str(), p.days_remaining, p.days_remaining == 1 ? "" : "s");
    std::printf("%-10s %-24s %-9s %-23s %10.1f %10.1f %5.0f%% %10.1f %-8s %s\n", g.user_id.c_str(),
                g.type.c_str(), g.period.c_str(), (g.period_start + ".." + g.period_end).c_str(),
                g.current, g.target, p.progress_percent, p.expected_by_now, p.status.c_str(), needed);
  }
}

}  // namespace

void add_goals_command(CLI::App& app, CliState& state) {
  auto user = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("goals", "Goals for the current period, with pace");
  cmd->add_option("--user", *user, "Only this user");
  cmd->add_flag("--json", *as_json, "JSON output");
  cmd->callback([&state, user, as_json] { show_goals(state, *user, *as_json); });
}

}  // namespace tributary::host
