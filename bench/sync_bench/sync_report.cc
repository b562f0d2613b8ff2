#include "bench/sync_bench/sync_report.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <thread>

namespace tributary::bench {

namespace {

double seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::int64_t total(const SandboxStats& stats, const BenchConnectors& c,
                   std::int64_t VendorCounts::*field) {
  std::int64_t n = 0;
  for (const auto& name : c.names()) {
    if (auto it = stats.find(name); it != stats.end()) n += it->second.*field;
  }
  return n;
}

std::int64_t all_429(const SandboxStats& stats, const BenchConnectors& c) {
  return total(stats, c, &VendorCounts::rate_limited_429) + total(stats, c, &VendorCounts::injected_429);
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five;
  in >> one >> five;
  return one + " " + five;
}

void print_vendor_lines(const SyncFigures& f, std::ostream& out) {
  for (const auto& name : f.connectors.names()) {
    auto it = f.tributary_stats.find(name);
    if (it == f.tributary_stats.end()) continue;
    const auto& v = it->second;
    out << "  " << name << ": " << v.requests << " requests, floor "
        << fmt("%.1f", static_cast<double>(v.requests) / f.options.rate) << " s, 429s "
        << v.rate_limited_429 + v.injected_429 << "\n";
  }
}

void print_faults(const FaultOutcome& fo, const BenchConnectors& c, std::ostream& out) {
  const auto injected = total(fo.stats, c, &VendorCounts::injected_429) +
                        total(fo.stats, c, &VendorCounts::injected_500);
  out << "fault run (" << total(fo.stats, c, &VendorCounts::injected_429) << " injected 429 with "
      << "Retry-After: 1, " << total(fo.stats, c, &VendorCounts::injected_500) << " injected 500, "
      << total(fo.stats, c, &VendorCounts::injected_slow) << " slow): " << fo.run.status << " in "
      << fmt("%.1f", seconds(fo.run.exit.wall)) << " s\n"
      << "  retries counted in the summary: " << fo.run.retries << " (throttled "
      << fo.run.throttled << ", server errors " << fo.run.server_errors
      << "); faults the sandbox injected: " << injected << "\n"
      << "  store vs the fault-free run: "
      << (fo.store_difference.empty() ? "identical (metrics, goals, connector_state)"
                                      : "DIFFERENT: " + fo.store_difference)
      << "\n";
}

}  // namespace

double floor_seconds(const SandboxStats& stats, const BenchConnectors& connectors, int rate) {
  double worst = 0;
  for (const auto& name : connectors.names()) {
    if (auto it = stats.find(name); it != stats.end())
      worst = std::max(worst, static_cast<double>(it->second.requests) / rate);
  }
  return worst;
}

void print_sync_report(const SyncFigures& f, std::ostream& out) {
  const auto& o = f.options;
  std::string names;
  for (const auto& n : f.connectors.names()) names += (names.empty() ? "" : " + ") + n;
  out << "sync_bench: " << o.users << " users x " << names << ", " << o.days
      << "-day window, sandbox latency " << o.latency_ms << " ms, " << o.rate
      << " requests/s per vendor, concurrency " << o.concurrency << "\n"
      << "machine: " << std::thread::hardware_concurrency() << " cores, load average "
      << load_average() << " (shared)\n\n";

  const double t_wall = seconds(f.tributary.exit.wall);
  const double floor = floor_seconds(f.tributary_stats, f.connectors, o.rate);
  out << "tributary: " << f.tributary.status << " in " << fmt("%.1f", t_wall) << " s, "
      << total(f.tributary_stats, f.connectors, &VendorCounts::requests) << " requests, "
      << all_429(f.tributary_stats, f.connectors) << " 429s, " << f.tributary.retries
      << " retries\n";
  print_vendor_lines(f, out);
  out << "  floor (slowest vendor's requests / rate): " << fmt("%.1f", floor) << " s; wall/floor "
      << fmt("%.3f", floor > 0 ? t_wall / floor : 0) << "\n"
      << "  peak RSS " << fmt("%.1f", f.tributary.exit.peak_rss_kb / 1024.0) << " MB, peak threads "
      << f.tributary.peak_threads << "\n";

  if (f.baseline) {
    const double b_wall = seconds(f.baseline->wall);
    out << "baseline (sequential, 500 ms pause per user): " << fmt("%.1f", b_wall) << " s, "
        << total(f.baseline_stats, f.connectors, &VendorCounts::requests) << " requests, "
        << all_429(f.baseline_stats, f.connectors) << " 429s, " << f.baseline->failed_runs
        << " failed runs\n"
        << "  baseline / tributary: " << fmt("%.1f", t_wall > 0 ? b_wall / t_wall : 0) << "x\n";
  } else {
    out << "baseline: skipped (--skip-baseline)\n";
  }
  if (f.faults) print_faults(*f.faults, f.connectors, out);
}

}  // namespace tributary::bench
