#pragma once
// A JobRunner for scheduler tests: records every job, can hold a pipeline's jobs until released,
// and notices if a pipeline ever ran twice at once.

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "host/serve/job.h"

namespace tributary::testing {

class FakeRunner {
 public:
  host::JobRunner runner() {
    return [this](const host::Job& job) { return run(job); };
  }
  // The summary a finished job reports (the metrics tests fold it).
  void set_summary(boost::json::object summary);

  void hold(const std::string& pipeline);
  void release(const std::string& pipeline);

  bool wait_started(std::size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(5));
  bool wait_finished(std::size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(5));

  std::vector<host::Job> jobs() const;
  std::size_t finished() const;
  int max_running() const;
  bool overlapped() const;

 private:
  host::JobResult run(const host::Job& job);

  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<host::Job> jobs_;
  std::set<std::string> held_;
  std::map<std::string, int> running_by_pipeline_;
  int running_ = 0;
  int max_running_ = 0;
  bool overlapped_ = false;
  std::size_t finished_ = 0;
  boost::json::object summary_;
};

}  // namespace tributary::testing
