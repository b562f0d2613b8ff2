#include "tests/serve/scheduler_fixture.h"

#include <algorithm>

#include "tributary/sdk/time.h"

namespace tributary::testing {

std::chrono::sys_seconds at(const std::string& iso_instant) {
  auto t = sdk::parse_iso8601(iso_instant);
  if (!t) throw std::invalid_argument("not an instant: " + iso_instant);
  return std::chrono::sys_seconds{std::chrono::seconds{*t}};
}

std::string iso(std::chrono::sys_seconds t) { return iso(t.time_since_epoch().count()); }
std::string iso(std::int64_t unix_seconds) { return sdk::format_iso8601_utc(unix_seconds); }

std::vector<host::PipelineSchedule> schedules(const std::vector<PipelineSpec>& specs) {
  host::Config config;
  config.host.org.timezone = "UTC";
  for (const auto& s : specs) {
    host::PipelineConfig p;
    p.name = s.name;
    p.schedule.cron = s.cron;
    p.schedule.timezone = s.timezone;
    p.schedule.overlap = s.overlap;
    p.schedule.catch_up = s.catch_up;
    p.schedule.jitter_seconds = s.jitter_seconds;
    config.pipelines.push_back(p);
  }
  auto set = host::compile_schedules(config);
  if (!set.errors.empty()) throw std::invalid_argument(set.errors.front());
  return set.schedules;
}

SchedulerTest::SchedulerTest()
    : store_(host::open_sqlite_store(dir_.file("store.db"))),
      clock_(at("2026-03-02T12:03:00Z")) {
  restart();
}

SchedulerTest::~SchedulerTest() { scheduler_.reset(); }

host::Scheduler& SchedulerTest::restart() {
  scheduler_.reset();
  scheduler_ = std::make_unique<host::Scheduler>(
      *store_, clock_, runner_.runner(), [this](const host::RunEvent& e) {
        metrics_.observe(e);
        std::lock_guard lock(mu_);
        auto copy = e;
        copy.summary = nullptr;  // only valid during the call
        events_.push_back(copy);
      });
  return *scheduler_;
}

void SchedulerTest::set_time(const std::string& iso_instant) { clock_.set(at(iso_instant)); }

void SchedulerTest::poll_at(const std::string& iso_instant) {
  set_time(iso_instant);
  scheduler_->poll();
}

std::vector<host::RunRow> SchedulerTest::rows(const std::string& pipeline) {
  auto r = store_->runs(pipeline, 0);
  std::reverse(r.begin(), r.end());
  return r;
}

std::vector<host::RunRow> SchedulerTest::rows_with_status(const std::string& pipeline,
                                                          const std::string& status) {
  auto all = rows(pipeline);
  std::erase_if(all, [&](const auto& r) { return r.status != status; });
  return all;
}

std::vector<host::RunEvent> SchedulerTest::events() {
  std::lock_guard lock(mu_);
  return events_;
}

}  // namespace tributary::testing
