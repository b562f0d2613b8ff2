#include "bench/sync_bench/tributary_run.h"

#include <boost/json.hpp>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace tributary::bench {

namespace json = boost::json;

namespace {

int thread_count(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key == "Threads:") {
      int n = 0;
      in >> n;
      return n;
    }
    in.ignore(1 << 12, '\n');
  }
  return 0;
}

std::int64_t sum_of(const json::object& connectors, const char* key) {
  std::int64_t total = 0;
  for (const auto& [name, c] : connectors) {
    if (const auto* v = c.as_object().if_contains(key); v && v->is_int64()) total += v->as_int64();
  }
  return total;
}

}  // namespace

TributaryRun run_tributary(const std::string& binary, const std::string& config_dir,
                           const std::map<std::string, std::string>& env,
                           const std::string& now_iso, const std::string& pipeline,
                           const std::string& log_stem) {
  TributaryRun run;
  ChildProcess child({binary, "--config", config_dir, "--now", now_iso, "run", pipeline, "--json",
                      "--no-progress"},
                     env, log_stem + ".out", log_stem + ".err");
  while (child.running()) {
    run.peak_threads = std::max(run.peak_threads, thread_count(child.pid()));
    std::this_thread::sleep_for(std::chrono::milliseconds{50});
  }
  run.exit = child.wait();
  const auto out = read_text_file(log_stem + ".out");
  boost::system::error_code ec;
  auto doc = json::parse(out, ec);
  if (ec || !doc.is_object())
    throw std::runtime_error("tributary run " + pipeline + " exited " +
                             std::to_string(run.exit.exit_code) + " without a JSON summary; " +
                             "stderr: " + read_text_file(log_stem + ".err").substr(0, 2000));
  run.summary = std::move(doc.as_object());
  run.status = std::string(run.summary.at("status").as_string());
  const auto& connectors = run.summary.at("connectors").as_object();
  run.requests = sum_of(connectors, "requests");
  run.retries = sum_of(connectors, "retries");
  run.throttled = sum_of(connectors, "throttled");
  run.server_errors = sum_of(connectors, "serverErrors");
  return run;
}

}  // namespace tributary::bench
