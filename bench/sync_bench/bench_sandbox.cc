#include "bench/sync_bench/bench_sandbox.h"

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "bench/support/loopback_http.h"

namespace tributary::bench {

namespace json = boost::json;

namespace {

std::vector<std::string> sandbox_argv(const std::string& binary, const SyncBenchOptions& o,
                                      const std::string& port_file, bool copper) {
  const auto rate = std::to_string(o.rate);
  std::vector<std::string> argv = {binary, "--port", "0", "--port-file", port_file, "--seed", "42",
                                   "--users", std::to_string(o.users), "--latency-ms",
                                   std::to_string(o.latency_ms),
                                   // The hourly window out of the way: the per-second one is the limit.
                                   "--justcall-rate-limit", "1000000000", "--justcall-rate-window-s",
                                   "3600", "--justcall-burst-limit", rate,
                                   "--justcall-burst-window-s", "1"};
  if (copper) argv.insert(argv.end(), {"--copper-rate-limit", rate, "--copper-rate-window-s", "1"});
  return argv;
}

std::int64_t count(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : 0;
}

void expect_ok(const HttpReply& r, const std::string& what) {
  if (r.status != 200) throw std::runtime_error(what + " answered " + std::to_string(r.status) + ": " + r.body);
}

}  // namespace

bool sandbox_has_flag(const std::string& binary, const std::string& flag, const std::string& dir) {
  ChildProcess help({binary, "--help"}, {}, dir + "/sandbox-help.txt", dir + "/sandbox-help.err");
  help.wait();
  return read_text_file(dir + "/sandbox-help.txt").find(flag) != std::string::npos;
}

BenchSandbox::BenchSandbox(const std::string& binary, const SyncBenchOptions& options,
                           const std::string& dir) {
  const bool copper = sandbox_has_flag(binary, "--copper-rate-limit", dir);
  const auto port_file = dir + "/sandbox.port";
  std::filesystem::remove(port_file);  // left by an earlier run in a kept work dir
  process_ = std::make_unique<ChildProcess>(sandbox_argv(binary, options, port_file, copper),
                                            std::map<std::string, std::string>{},
                                            dir + "/sandbox.out", dir + "/sandbox.err");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
  while (std::chrono::steady_clock::now() < deadline) {
    std::ifstream in(port_file);
    if (in >> port_ && port_ > 0) return;
    if (!process_->running())
      throw std::runtime_error("tributary-sandbox exited at start: " + read_text_file(dir + "/sandbox.err"));
    std::this_thread::sleep_for(std::chrono::milliseconds{20});
  }
  throw std::runtime_error("tributary-sandbox did not write " + port_file + " within 60 s");
}

std::string BenchSandbox::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

SandboxStats BenchSandbox::stats() const {
  auto r = http_call("GET", url("/_sandbox/stats"));
  expect_ok(r, "GET /_sandbox/stats");
  SandboxStats out;
  const auto doc = json::parse(r.body);
  for (const auto& [name, v] : doc.at("vendors").as_object()) {
    const auto& o = v.as_object();
    out[std::string(name)] = {count(o, "requests"), count(o, "injected_429"),
                              count(o, "injected_500"), count(o, "injected_slow"),
                              count(o, "rate_limited_429")};
  }
  return out;
}

void BenchSandbox::reset_stats() const {
  expect_ok(http_call("POST", url("/_sandbox/reset-stats")), "POST /_sandbox/reset-stats");
}

void BenchSandbox::set_faults(const FaultMix& mix) const {
  json::object body{{"fault_429", mix.p429}, {"fault_500", mix.p500}, {"fault_slow", mix.p_slow},
                    {"slow_ms", mix.slow_ms}};
  expect_ok(http_call("POST", url("/_sandbox/faults"), json::serialize(body)), "POST /_sandbox/faults");
}

void BenchSandbox::clear_faults() const { set_faults({0, 0, 0, 2000}); }

}  // namespace tributary::bench
