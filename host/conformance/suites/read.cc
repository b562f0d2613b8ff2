// read: a full read of the test unit against the endpoint (the recorded exchanges, or a live
// base URL such as tributary-sandbox) succeeds, follows every page, and gives valid records with
// present, unique ids.
#include <fstream>

#include "host/conformance/read_outcome.h"
#include "host/conformance/records_diff.h"
#include "host/conformance/server_control.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

std::string compare_expected(const ConformanceConfig& config, const ReadOutcome& read,
                             const RunnerOptions& options, std::vector<std::string>& details) {
  const auto& expected = config.read_expected;
  if (options.update_expected && !expected.file.empty()) {
    json::object keep{{"metrics", read.records.at("metrics")}, {"leads", read.records.at("leads")},
                      {"covered_users", read.records.at("covered_users")}};
    std::ofstream(expected.file) << reviewable_json(keep);
    details.push_back("wrote " + expected.file + "; review it before you commit it");
    return {};
  }
  if (!expected.records) {
    if (!expected.file.empty()) return "read.expected: " + expected.file + " does not exist";
    return {};
  }
  if (auto d = records_difference(*expected.records, read.records))
    return "the records differ from read.expected: " + *d;
  return {};
}

}  // namespace

CheckResult run_read(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  auto outcome = ctx.run_child([&](ChildChannel& channel) -> json::value {
    ProbeHost host{setup, load_for_probe(setup), {}, {}};
    ServerControl(setup.control_url).phase("read");
    json::array units;
    for (const auto& run : run_read(host, {}, "read", channel)) units.push_back(unit_run_json(run));
    return units;
  });
  if (!outcome.result) return fail("the read " + outcome.failure);
  auto read = merge_units(outcome.result->as_array());
  if (!read.failure.empty()) return fail("the read's " + read.failure);
  std::vector<std::string> problems = record_id_problems(read.records, setup.declaration.name);
  if (setup.recorded) {
    auto coverage = coverage_problems(ctx.server(), "read");
    problems.insert(problems.end(), coverage.begin(), coverage.end());
  }
  auto count = record_count(read.records);
  const auto& config = *ctx.config();
  if (count < config.read_min_records)
    problems.push_back("the read gave " + std::to_string(count) + " records; read.min_records is " +
                       std::to_string(config.read_min_records));
  std::vector<std::string> details;
  if (auto d = compare_expected(config, read, ctx.options(), details); !d.empty()) problems.push_back(d);
  if (!problems.empty()) {
    auto first = problems.front();
    problems.erase(problems.begin());
    problems.insert(problems.end(), details.begin(), details.end());
    return fail(first, std::move(problems));
  }
  std::size_t requests = 0;
  for (const auto& s : ctx.server().served()) requests += s.phase == "read" ? 1 : 0;
  return pass(std::to_string(unit_users(setup).size()) + " unit(s), " + std::to_string(read.pages) +
                  " pages, " + std::to_string(count) + " records, ids unique" +
                  (setup.recorded ? "; every recorded page requested (" + std::to_string(requests) + " requests)"
                                  : "; live endpoint"),
              std::move(details));
}

}  // namespace tributary::host::conformance
