// tributary report --from DATE --to DATE [--by user|day] [--format table|csv|json] [--user ID]:
// the per-rep pivot managers check against their own spreadsheets, read from the store. Each
// cell applies the goal source policy to what every source reported for it (exactly as a goal
// over that span would), so a call JustCall logged into Copper is counted once.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include "host/cli/cli_context.h"
#include "host/goals/goal_updater.h"
#include "host/goals/goal_value.h"
#include "host/runner/exit_codes.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

struct Column {
  const char* type;
  const char* heading;
  bool money;
};

constexpr Column kColumns[] = {
    {"email_quantity", "EMAILS", false},         {"phone_call_quantity", "CALLS", false},
    {"talk_time_minutes", "TALK MIN", false},    {"lead_progression_a", "LEAD A", false},
    {"lead_progression_b", "LEAD B", false},     {"lead_progression_c", "LEAD C", false},
    {"new_sales_wholesale", "WHOLESALE", true},  {"new_sales_distribution", "DISTRIBUTION", true},
};
constexpr std::size_t kColumnCount = std::size(kColumns);

struct ReportOptions {
  std::string from;
  std::string to;
  std::string by = "user";
  std::string format = "table";
  std::string user;
};

struct Cell {
  double value = 0;
  std::vector<std::string> used;  // the sources the policy took
};

struct Row {
  std::string user_id;
  std::string date;  // empty when by user
  std::array<Cell, kColumnCount> cells;
};

using RowKey = std::pair<std::string, std::string>;  // (user, date or "")
using CellTotals = std::map<std::string, SourceTotals, std::less<>>;  // by metric type

std::optional<std::size_t> column_of(std::string_view type) {
  for (std::size_t i = 0; i < kColumnCount; ++i) {
    if (type == kColumns[i].type) return i;
  }
  return std::nullopt;
}

std::vector<std::string> used_sources(const std::string& source_detail) {
  std::vector<std::string> out;
  json::error_code ec;
  auto detail = json::parse(source_detail, ec);
  if (ec || !detail.is_object()) return out;
  if (const auto* used = detail.as_object().if_contains("used"); used && used->is_array()) {
    for (const auto& s : used->as_array()) {
      if (s.is_string()) out.emplace_back(s.as_string());
    }
  }
  return out;
}

// Groups the store's per-source sums into report cells and applies each type's policy.
std::vector<Row> pivot(const std::vector<MetricSum>& sums, const HostSettings& settings,
                       const ReportOptions& opts, const std::vector<std::string>& always_listed) {
  std::map<RowKey, CellTotals> grouped;
  for (const auto& id : always_listed) grouped[{id, ""}];
  for (const auto& s : sums) {
    if (!column_of(s.type)) continue;
    auto& total = grouped[{s.user_id, opts.by == "day" ? s.date : ""}][s.type][s.source];
    total.value += s.value;
    total.rows += 1;
  }
  std::vector<Row> rows;
  for (const auto& [key, totals] : grouped) {
    Row row{key.first, key.second, {}};
    for (std::size_t i = 0; i < kColumnCount; ++i) {
      auto it = totals.find(kColumns[i].type);
      if (it == totals.end()) continue;
      auto value = goal_value(source_policy_for(settings, kColumns[i].type), it->second);
      row.cells[i] = {value.current, used_sources(value.source_detail)};
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Row totals_of(const std::vector<Row>& rows) {
  Row total{"TOTAL", "", {}};
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < kColumnCount; ++i) total.cells[i].value += r.cells[i].value;
  }
  return total;
}

std::string number(double v, bool money) {
  char buf[64];
  if (money) std::snprintf(buf, sizeof buf, "%.2f", v);
  else if (v == static_cast<double>(static_cast<long long>(v))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

void print_table(const std::vector<Row>& rows, const ReportOptions& opts, const HostSettings& settings) {
  const bool by_day = opts.by == "day";
  std::printf("%-14s", "USER");
  if (by_day) std::printf(" %-10s", "DATE");
  for (const auto& c : kColumns) std::printf(" %*s", c.money ? 13 : 8, c.heading);
  std::printf("\n");
  auto print_row = [&](const Row& r) {
    std::printf("%-14s", r.user_id.c_str());
    if (by_day) std::printf(" %-10s", r.date.c_str());
    for (std::size_t i = 0; i < kColumnCount; ++i)
      std::printf(" %*s", kColumns[i].money ? 13 : 8, number(r.cells[i].value, kColumns[i].money).c_str());
    std::printf("\n");
  };
  for (const auto& r : rows) print_row(r);
  if (rows.size() > 1) print_row(totals_of(rows));
  std::printf("\n%s..%s (organisation days, %s). Where sources overlap, each cell counts one:",
              opts.from.c_str(), opts.to.c_str(), settings.org.timezone.c_str());
  for (const auto& c : kColumns) {
    auto policy = source_policy_for(settings, c.type);
    if (policy.mode != "prefer") continue;
    std::string order;
    for (const auto& s : policy.sources) order += (order.empty() ? "" : " > ") + s;
    std::printf("\n  %-23s %s", c.type, order.c_str());
  }
  std::printf("\n");
}

void print_csv(const std::vector<Row>& rows, const ReportOptions& opts) {
  std::cout << "user_id" << (opts.by == "day" ? ",date" : "");
  for (const auto& c : kColumns) std::cout << "," << c.type;
  std::cout << "\n";
  for (const auto& r : rows) {
    std::cout << r.user_id << (opts.by == "day" ? "," + r.date : "");
    for (std::size_t i = 0; i < kColumnCount; ++i)
      std::cout << "," << number(r.cells[i].value, kColumns[i].money);
    std::cout << "\n";
  }
}

// Whole numbers as JSON integers (Boost.JSON writes every double in exponent form: 7E0).
json::value json_number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return static_cast<std::int64_t>(v);
  return v;
}

void print_json(const std::vector<Row>& rows, const ReportOptions& opts, const HostSettings& settings) {
  auto row_json = [&](const Row& r, bool with_user) {
    json::object o;
    if (with_user) o["user_id"] = r.user_id;
    if (opts.by == "day" && !r.date.empty()) o["date"] = r.date;
    json::object sources;
    for (std::size_t i = 0; i < kColumnCount; ++i) {
      o[kColumns[i].type] = json_number(r.cells[i].value);
      if (!r.cells[i].used.empty()) sources[kColumns[i].type] = json::value_from(r.cells[i].used);
    }
    if (with_user) o["sources_used"] = std::move(sources);
    return o;
  };
  json::array out_rows;
  for (const auto& r : rows) out_rows.push_back(row_json(r, true));
  json::object policies;
  for (const auto& c : kColumns) {
    auto p = source_policy_for(settings, c.type);
    policies[c.type] = {{"mode", p.mode}, {"sources", json::value_from(p.sources)}};
  }
  auto totals = row_json(totals_of(rows), false);
  json::object doc{{"from", opts.from}, {"to", opts.to}, {"by", opts.by},
                   {"timezone", settings.org.timezone}, {"rows", std::move(out_rows)},
                   {"totals", std::move(totals)}, {"source_policy", std::move(policies)}};
  std::cout << json::serialize(doc) << std::endl;
}

bool check_dates(const ReportOptions& opts) {
  for (const auto* d : {&opts.from, &opts.to}) {
    if (!sdk::is_valid_date(*d)) {
      std::cerr << "tributary report: '" << *d << "' is not a date; write YYYY-MM-DD, e.g. 2024-11-01\n";
      return false;
    }
  }
  if (opts.to < opts.from) {
    std::cerr << "tributary report: --to " << opts.to << " is before --from " << opts.from << "\n";
    return false;
  }
  return true;
}

void run_report(CliState& state, const ReportOptions& opts) {
  if (!check_dates(opts)) {
    state.exit_code = kExitConfig;
    return;
  }
  auto host = open_host(state, true);
  if (!host) return;
  std::optional<std::string> user;
  if (!opts.user.empty()) user = opts.user;
  std::vector<MetricSum> sums;
  try {
    sums = host->store->metric_sums(opts.from, opts.to, user);
  } catch (const std::exception& e) {
    std::cerr << "tributary report: cannot read metrics: " << e.what() << "\n";
    state.exit_code = kExitFailed;
    return;
  }
  // Reps with nothing in the range still get a row of zeros when reporting by user.
  std::vector<std::string> listed;
  if (opts.by == "user") {
    for (const auto& u : host->config.users) {
      if (u.active && (!user || u.id == *user)) listed.push_back(u.id);
    }
  }
  auto rows = pivot(sums, host->config.host, opts, listed);
  if (opts.format == "json") print_json(rows, opts, host->config.host);
  else if (opts.format == "csv") print_csv(rows, opts);
  else print_table(rows, opts, host->config.host);
}

}  // namespace

void add_report_command(CLI::App& app, CliState& state) {
  auto opts = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand(
      "report", "Per-rep pivot of emails, calls, talk time, lead progression and sales for a range");
  cmd->add_option("--from", opts->from, "First organisation-local day, YYYY-MM-DD")->required();
  cmd->add_option("--to", opts->to, "Last organisation-local day (inclusive), YYYY-MM-DD")->required();
  cmd->add_option("--by", opts->by, "One row per user over the range, or per user and day")
      ->check(CLI::IsMember({"user", "day"}))
      ->capture_default_str();
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->add_option("--user", opts->user, "Only this user id");
  cmd->callback([&state, opts] { run_report(state, *opts); });
}

}  // namespace tributary::host
