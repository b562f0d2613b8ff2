#include "host/runner/progress.h"

#include <cstdio>

#include "host/runner/unit_executor.h"

namespace tributary::host {

namespace {

std::string duration_text(std::chrono::seconds d) {
  auto s = d.count();
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%lldh%02lldm", static_cast<long long>(s / 3600),
                  static_cast<long long>(s % 3600 / 60));
  else if (s >= 60)
    std::snprintf(buf, sizeof buf, "%lldm%02llds", static_cast<long long>(s / 60),
                  static_cast<long long>(s % 60));
  else
    std::snprintf(buf, sizeof buf, "%llds", static_cast<long long>(s));
  return buf;
}

}  // namespace

void RunProgress::start(std::string pipeline, int total_units,
                        std::vector<const HttpStats*> stats) {
  std::lock_guard lock(mu_);
  counts_ = ProgressSnapshot{};
  counts_.pipeline = std::move(pipeline);
  counts_.phase = "units";
  counts_.total = total_units;
  stats_ = std::move(stats);
  started_ = std::chrono::steady_clock::now();
}

void RunProgress::unit_finished(const UnitResult& result) {
  std::lock_guard lock(mu_);
  ++counts_.done;
  if (result.deferred) ++counts_.deferred;
  else if (!result.status.ok()) ++counts_.failed;
}

void RunProgress::finish_units() {
  std::lock_guard lock(mu_);
  for (const auto* s : stats_) {
    counts_.requests += s->requests.load();
    counts_.retries += s->retries.load();
    counts_.throttled += s->throttled.load();
  }
  stats_.clear();
}

void RunProgress::set_phase(std::string phase) {
  std::lock_guard lock(mu_);
  counts_.phase = std::move(phase);
}

ProgressSnapshot RunProgress::snapshot() const {
  std::lock_guard lock(mu_);
  ProgressSnapshot s = counts_;
  for (const auto* st : stats_) {
    s.requests += st->requests.load(std::memory_order_relaxed);
    s.retries += st->retries.load(std::memory_order_relaxed);
    s.throttled += st->throttled.load(std::memory_order_relaxed);
  }
  s.elapsed = std::chrono::steady_clock::now() - started_;
  return s;
}

std::optional<std::chrono::seconds> estimate_remaining(const ProgressSnapshot& s) {
  if (s.done <= 0 || s.total <= 0) return std::nullopt;
  if (s.done >= s.total) return std::chrono::seconds{0};
  auto per_unit = s.elapsed / s.done;
  return std::chrono::ceil<std::chrono::seconds>(per_unit * (s.total - s.done));
}

std::string format_progress(const ProgressSnapshot& s) {
  std::string line = s.pipeline + ": ";
  if (s.phase == "goals") {
    line += "units done, updating goals";
  } else {
    line += std::to_string(s.done) + "/" + std::to_string(s.total) + " units";
    if (s.failed > 0 || s.deferred > 0) {
      line += " (" + std::to_string(s.failed) + " failed";
      if (s.deferred > 0) line += ", " + std::to_string(s.deferred) + " deferred";
      line += ")";
    }
  }
  line += ", " + std::to_string(s.requests) + " requests, " + std::to_string(s.retries) +
          " retries, " + std::to_string(s.throttled) + " throttled, " +
          duration_text(std::chrono::duration_cast<std::chrono::seconds>(s.elapsed));
  if (s.phase == "units") {
    auto eta = estimate_remaining(s);
    line += eta ? ", ETA " + duration_text(*eta) : ", ETA --";
  }
  return line;
}

}  // namespace tributary::host
