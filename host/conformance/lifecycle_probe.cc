#include "host/conformance/lifecycle_probe.h"

#include <malloc.h>

#include <filesystem>
#include <fstream>

#include "host/plugin/loader.h"

namespace tributary::host::conformance {

namespace fs = std::filesystem;

namespace {

constexpr int kWarmup = 20;
constexpr long long kCreateSlackPerCycle = 64;   // bytes
constexpr long long kLoadSlackPerCycle = 2048;   // dlopen bookkeeping varies a little

long long heap_in_use() {
  auto info = ::mallinfo2();
  return static_cast<long long>(info.uordblks + info.hblkhd);
}

int open_fds() {
  std::error_code ec;
  int n = 0;
  for (auto it = fs::directory_iterator("/proc/self/fd", ec); !ec && it != fs::directory_iterator(); it.increment(ec)) ++n;
  return n;
}

int threads() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("Threads:")) return std::stoi(line.substr(8));
  }
  return 0;
}

bool mapped(const std::string& path) {
  std::ifstream maps("/proc/self/maps");
  for (std::string line; std::getline(maps, line);) {
    if (line.ends_with(path)) return true;
  }
  return false;
}

// One create / exercise / destroy; false with `error` set when the plugin refused.
bool cycle(const LoadedPlugin& plugin, const std::function<void(sdk::Connector&)>& exercise, std::string& error) {
  auto created = plugin.create();
  if (!created) {
    error = created.status().message();
    return false;
  }
  exercise(**created);
  return true;
}

bool load_cycle(const std::string& path, const std::function<void(sdk::Connector&)>& exercise, std::string& error) {
  auto loaded = load_plugin(path);
  if (!loaded) {
    error = loaded.status().message();
    return false;
  }
  return cycle(**loaded, exercise, error);
}

}  // namespace

LifecycleReport run_lifecycle(const std::string& library_path, const LifecycleCounts& counts,
                              const std::function<void(sdk::Connector&)>& exercise) {
  LifecycleReport r;
  {
    auto loaded = load_plugin(library_path);
    if (!loaded) {
      r.error = loaded.status().message();
      return r;
    }
    for (int i = 0; i < kWarmup; ++i) {
      if (!cycle(**loaded, exercise, r.error)) return r;
    }
    ::malloc_trim(0);
    r.fds_before = open_fds();
    r.threads_before = threads();
    auto before = heap_in_use();
    for (; r.create_cycles < counts.create_cycles; ++r.create_cycles) {
      if (!cycle(**loaded, exercise, r.error)) return r;
    }
    r.heap_growth_create = heap_in_use() - before;
  }
  for (int i = 0; i < kWarmup / 4; ++i) {
    if (!load_cycle(library_path, exercise, r.error)) return r;
  }
  auto before = heap_in_use();
  for (; r.load_cycles < counts.load_cycles; ++r.load_cycles) {
    if (!load_cycle(library_path, exercise, r.error)) return r;
  }
  r.heap_growth_load = heap_in_use() - before;
  r.fds_after = open_fds();
  r.threads_after = threads();
  r.still_mapped = mapped(fs::canonical(library_path).string());
  return r;
}

std::vector<std::string> lifecycle_problems(const LifecycleReport& r) {
  std::vector<std::string> problems;
  if (!r.error.empty()) problems.push_back("cycle failed: " + r.error);
  if (r.create_cycles > 0 && r.heap_growth_create > kCreateSlackPerCycle * r.create_cycles)
    problems.push_back("the heap grew by " + std::to_string(r.heap_growth_create) + " bytes over " +
                       std::to_string(r.create_cycles) + " create/destroy cycles (" +
                       std::to_string(r.heap_growth_create / r.create_cycles) +
                       " per connector): the connector leaks; free what it allocates in its destructor");
  if (r.load_cycles > 0 && r.heap_growth_load > kLoadSlackPerCycle * r.load_cycles)
    problems.push_back("the heap grew by " + std::to_string(r.heap_growth_load) + " bytes over " +
                       std::to_string(r.load_cycles) + " load/unload cycles (" +
                       std::to_string(r.heap_growth_load / r.load_cycles) +
                       " per load): something the library allocates when loaded is never freed");
  if (r.fds_after > r.fds_before)
    problems.push_back(std::to_string(r.fds_after - r.fds_before) +
                       " file descriptor(s) more after the cycles than before: a connector opens "
                       "files or sockets of its own and does not close them");
  if (r.threads_after > r.threads_before)
    problems.push_back(std::to_string(r.threads_after - r.threads_before) +
                       " thread(s) more after the cycles than before: a connector starts threads and "
                       "leaves them running");
  return problems;
}

}  // namespace tributary::host::conformance
