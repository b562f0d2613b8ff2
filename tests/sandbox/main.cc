// tributary-sandbox: fake vendor APIs on loopback with deterministic data. Prints one line,
// "tributary-sandbox listening on http://HOST:PORT", then serves until SIGINT or SIGTERM.

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <pthread.h>

#include <CLI/CLI.hpp>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/sandbox_config.h"
#include "tests/sandbox/server.h"
#include "tests/sandbox/vendor_catalog.h"

namespace {

using tributary::sandbox::SandboxConfig;

struct CommandLine {
  SandboxConfig config;
  std::string anchor_date;  // empty = yesterday in UTC
  std::string port_file;
};

void add_common_flags(CLI::App& app, CommandLine& cli) {
  auto& server = cli.config.server;
  auto& dataset = cli.config.dataset;
  auto& faults = server.faults;
  app.add_option("--host", server.host, "address to listen on")->capture_default_str();
  app.add_option("--port", server.port, "port to listen on; 0 picks a free one")->capture_default_str();
  app.add_option("--port-file", cli.port_file, "write the bound port to this file once listening");
  app.add_option("--threads", server.threads, "I/O threads")->capture_default_str()->check(CLI::Range(1, 64));
  app.add_option("--seed", dataset.seed, "seed for generated data and fault injection")->capture_default_str();
  app.add_option("--users", dataset.users, "how many repN users each vendor knows")
      ->capture_default_str()
      ->check(CLI::Range(1, tributary::sandbox::justcall::kMaxUsers));
  app.add_option("--days", dataset.days, "days of history before the anchor date")
      ->capture_default_str()
      ->check(CLI::Range(0, 3650));
  app.add_option("--calls-per-day", dataset.calls_per_day, "mean activities per user and day (0..2x per day)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  app.add_option("--anchor-date", cli.anchor_date, "last generated date, YYYY-MM-DD (default: yesterday in UTC)");
  app.add_option("--latency-ms", faults.latency_ms, "latency added to every vendor request")
      ->capture_default_str()
      ->check(CLI::Range(0, 600000));
  app.add_option("--fault-429", faults.p429, "probability of an injected 429")->check(CLI::Range(0.0, 1.0));
  app.add_option("--fault-500", faults.p500, "probability of an injected 500")->check(CLI::Range(0.0, 1.0));
  app.add_option("--fault-slow", faults.p_slow, "probability of a slow response")->check(CLI::Range(0.0, 1.0));
  app.add_option("--slow-ms", faults.slow_ms, "extra delay of a slow response")
      ->capture_default_str()
      ->check(CLI::Range(0, 600000));
  app.add_option("--fault-truncate", faults.p_truncate, "probability of a body cut in the middle")
      ->check(CLI::Range(0.0, 1.0));
}

// Returns false (after saying why) when the anchor date is not a date.
bool resolve_anchor(CommandLine& cli) {
  if (cli.anchor_date.empty()) {
    auto today = date::floor<date::days>(std::chrono::system_clock::now());
    cli.config.dataset.anchor = today - date::days{1};
    return true;
  }
  auto day = tributary::sandbox::parse_date(cli.anchor_date);
  if (!day) {
    std::cerr << "tributary-sandbox: --anchor-date '" << cli.anchor_date << "' is not a date; use YYYY-MM-DD\n";
    return false;
  }
  cli.config.dataset.anchor = date::sys_days{day->time_since_epoch()};
  return true;
}

// Written beside the target and renamed, so a reader never sees a half-written port.
void write_port_file(const std::string& path, std::uint16_t port) {
  auto temporary = path + ".tmp";
  std::ofstream(temporary) << port << '\n';
  std::filesystem::rename(temporary, path);
}

int serve(const CommandLine& cli) {
  // A shell starts background jobs with SIGINT ignored, and an ignored signal never reaches
  // sigwait; the default disposition is restored first. Then they are blocked before any thread
  // starts, so only sigwait below sees them.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  tributary::sandbox::SandboxServer server(cli.config.server, tributary::sandbox::make_vendors(cli.config));
  auto port = server.start();
  std::cout << "tributary-sandbox listening on " << server.base_url() << std::endl;
  if (!cli.port_file.empty()) write_port_file(cli.port_file, port);

  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "tributary-sandbox: " << (received == SIGTERM ? "SIGTERM" : "SIGINT") << ", stopping\n";
  server.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CommandLine cli;
  CLI::App app{"tributary-sandbox: fake vendor APIs on loopback with deterministic data"};
  add_common_flags(app, cli);
  tributary::sandbox::add_vendor_flags(app, cli.config);
  CLI11_PARSE(app, argc, argv);
  cli.config.server.seed = cli.config.dataset.seed;
  if (!resolve_anchor(cli)) return 2;
  try {
    return serve(cli);
  } catch (const std::exception& e) {
    std::cerr << "tributary-sandbox: " << e.what() << '\n';
    return 1;
  }
}
