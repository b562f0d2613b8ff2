#include "tests/serve/fake_runner.h"

#include <algorithm>

namespace tributary::testing {

void FakeRunner::set_summary(boost::json::object summary) {
  std::lock_guard lock(mu_);
  summary_ = std::move(summary);
}

void FakeRunner::hold(const std::string& pipeline) {
  std::lock_guard lock(mu_);
  held_.insert(pipeline);
}

void FakeRunner::release(const std::string& pipeline) {
  std::lock_guard lock(mu_);
  held_.erase(pipeline);
  cv_.notify_all();
}

bool FakeRunner::wait_started(std::size_t n, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  return cv_.wait_for(lock, timeout, [&] { return jobs_.size() >= n; });
}

bool FakeRunner::wait_finished(std::size_t n, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  return cv_.wait_for(lock, timeout, [&] { return finished_ >= n; });
}

std::vector<host::Job> FakeRunner::jobs() const {
  std::lock_guard lock(mu_);
  return jobs_;
}

std::size_t FakeRunner::finished() const {
  std::lock_guard lock(mu_);
  return finished_;
}

int FakeRunner::max_running() const {
  std::lock_guard lock(mu_);
  return max_running_;
}

bool FakeRunner::overlapped() const {
  std::lock_guard lock(mu_);
  return overlapped_;
}

host::JobResult FakeRunner::run(const host::Job& job) {
  std::unique_lock lock(mu_);
  jobs_.push_back(job);
  ++running_;
  max_running_ = std::max(max_running_, running_);
  if (++running_by_pipeline_[job.pipeline] > 1) overlapped_ = true;
  cv_.notify_all();
  cv_.wait(lock, [&] { return held_.count(job.pipeline) == 0; });
  --running_;
  --running_by_pipeline_[job.pipeline];
  ++finished_;
  cv_.notify_all();
  auto summary = summary_;
  summary["runId"] = job.run_id;
  return host::JobResult{"success", summary};
}

}  // namespace tributary::testing
