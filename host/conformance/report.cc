#include "host/conformance/report.h"

#include <boost/json/value_from.hpp>
#include <cstdio>

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

struct Counts {
  int passed = 0, failed = 0, skipped = 0;
};

Counts count(const Report& r) {
  Counts c;
  for (const auto& check : r.checks) {
    if (check.verdict == Verdict::kPass) ++c.passed;
    else if (check.verdict == Verdict::kFail) ++c.failed;
    else ++c.skipped;
  }
  return c;
}

}  // namespace

void print_table(const Report& report, std::ostream& out) {
  out << "tributary-conformance: " << report.plugin << " (" << report.library << ")\n";
  if (!report.config_path.empty()) out << "config:   " << report.config_path << "\n";
  if (!report.endpoint.empty()) out << "endpoint: " << report.endpoint << "\n";
  out << "\n";
  char line[64];
  std::snprintf(line, sizeof line, "%-12s %-6s %8s  ", "CHECK", "RESULT", "TIME");
  out << line << "DETAILS\n";
  for (const auto& c : report.checks) {
    std::string verdict = c.verdict == Verdict::kFail ? "FAIL" : verdict_name(c.verdict);
    std::snprintf(line, sizeof line, "%-12s %-6s %5lld ms  ", c.name.c_str(), verdict.c_str(),
                  static_cast<long long>(c.duration_ms));
    out << line << c.reason << "\n";
    for (const auto& d : c.details) out << std::string(31, ' ') << "- " << d << "\n";
  }
  auto n = count(report);
  out << "\n" << report.checks.size() << " checks: " << n.passed << " passed, " << n.failed << " failed, "
      << n.skipped << " skipped\n";
}

json::object report_json(const Report& report) {
  json::array checks;
  for (const auto& c : report.checks) {
    checks.push_back({{"name", c.name},
                      {"result", verdict_name(c.verdict)},
                      {"reason", c.reason},
                      {"details", json::value_from(c.details)},
                      {"duration_ms", c.duration_ms}});
  }
  auto n = count(report);
  return {{"plugin", report.plugin},   {"library", report.library},    {"config", report.config_path},
          {"endpoint", report.endpoint}, {"success", report.success()}, {"passed", n.passed},
          {"failed", n.failed},         {"skipped", n.skipped},         {"checks", std::move(checks)}};
}

}  // namespace tributary::host::conformance
