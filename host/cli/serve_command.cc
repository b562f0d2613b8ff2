// tributary serve [--listen ADDR] [--grace SECONDS]: runs every pipeline on its schedule and
// answers the HTTP API until SIGTERM/SIGINT; SIGHUP reloads the configuration.
#include <CLI/CLI.hpp>
#include <boost/json/serialize.hpp>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>

#include "host/cli/cli_context.h"
#include "host/cli/signal_watcher.h"
#include "host/core/logging.h"
#include "host/runner/exit_codes.h"
#include "host/serve/serve_service.h"
#include "host/server/http_server.h"

namespace tributary::host {

namespace {

// After the grace period connectors are asked to stop; this is how long they get to do it.
constexpr std::chrono::seconds kWindDown{10};

struct ServeFlags {
  std::string listen;
  std::string port_file;
  int grace_seconds = 30;
};

// Tests and scripts ask for port 0 and learn the port here; renamed into place so a reader never
// sees half a number.
void write_port_file(const std::string& path, unsigned short port) {
  const std::string partial = path + ".partial";
  {
    std::ofstream out(partial, std::ios::trunc);
    out << port << "\n";
  }
  std::filesystem::rename(partial, path);
}

// Runs whose workers did not return even after the wind-down: their rows are closed before the
// process leaves, so the runs table never claims they are still running.
[[noreturn]] void abandon(Store& store, const std::vector<std::int64_t>& runs, int grace,
                          const sdk::Clock& clock) {
  const auto now =
      std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
  for (auto id : runs) {
    try {
      store.finish_run(id, "failed", now,
                       "{\"error\":\"tributary stopped before this run finished (grace period " +
                           std::to_string(grace) + " s)\"}");
    } catch (const std::exception& e) {
      log_error("run #" + std::to_string(id) + ": cannot close it: " + e.what());
    }
  }
  log_warn(std::to_string(runs.size()) + " run(s) did not finish in time; closed as failed");
  std::fflush(stderr);
  std::_Exit(kExitOk);
}

ServerOptions server_options(const HttpServerSettings& http, const ServeFlags& flags) {
  ServerOptions options;
  options.listen = flags.listen.empty() ? http.listen : flags.listen;
  options.trigger_secret_env = http.trigger_secret_env;
  if (const char* secret = std::getenv(http.trigger_secret_env.c_str())) options.trigger_secret = secret;
  if (options.trigger_secret.empty())
    log_warn("$" + http.trigger_secret_env + " is not set: POST /api/pipelines/{name}/run is off");
  return options;
}

void serve(CliState& state, const ServeFlags& flags) {
  if (!state.now.empty()) {
    std::cerr << "tributary serve: --now is not supported; serve runs on the real clock "
                 "(try 'tributary schedule next' to see when a schedule fires)\n";
    state.exit_code = kExitConfig;
    return;
  }
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::condition_variable stop_cv;
  ServeService* running = nullptr;  // guarded by mu; set once start-up is done
  SignalWatcher signals(stop, {[&] { std::lock_guard l(mu); stop_cv.notify_all(); },
                               [&] {
                                 std::lock_guard l(mu);
                                 if (running) running->reload();
                                 else log_warn("SIGHUP during start-up: ignored");
                               }});
  auto host = open_host(state, /*needs_store=*/true);
  if (!host) return;
  std::shared_ptr<Store> store(std::move(host->store));
  const auto http = host->config.host.http;
  auto first = build_generation(std::move(host->config), store, state.clock());
  if (!first.errors.empty()) {
    for (const auto& e : first.errors) std::cerr << e << "\n";
    std::cerr << first.errors.size() << " configuration error(s) in " << state.config_dir << "\n";
    state.exit_code = kExitConfig;
    return;
  }
  ServeService service(store, state.clock(), state.config_dir);
  std::unique_ptr<HttpServer> server;
  try {
    server = std::make_unique<HttpServer>(service, server_options(http, flags));
  } catch (const std::exception& e) {
    std::cerr << "tributary serve: " << e.what() << "\n";
    state.exit_code = kExitFailed;
    return;
  }
  const auto pipelines = first.schedules.size();
  service.start(std::move(first));
  if (!flags.port_file.empty()) write_port_file(flags.port_file, server->port());
  log_info("tributary serve: " + std::to_string(pipelines) + " pipeline(s), HTTP API on http://" +
           server->address());
  std::unique_lock lock(mu);
  running = &service;
  stop_cv.wait(lock, [&] { return stop.load(); });
  running = nullptr;  // a SIGHUP from now on reloads nothing
  lock.unlock();
  auto unfinished = service.stop(std::chrono::seconds(flags.grace_seconds), kWindDown);
  if (!unfinished.empty()) abandon(*store, unfinished, flags.grace_seconds, state.clock());
  server.reset();
  log_info("tributary serve stopped");
  state.exit_code = kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, CliState& state) {
  auto flags = std::make_shared<ServeFlags>();
  auto* cmd = app.add_subcommand(
      "serve", "Run every pipeline on its schedule and serve the HTTP API until stopped");
  cmd->add_option("--listen", flags->listen, "HTTP address, e.g. 127.0.0.1:8080 (default: http.listen)");
  cmd->add_option("--port-file", flags->port_file, "Write the bound HTTP port to this file");
  cmd->add_option("--grace", flags->grace_seconds,
                  "Seconds runs in flight get to finish after SIGTERM/SIGINT (default 30)")
      ->check(CLI::Range(0, 86'400));
  cmd->callback([&state, flags] { serve(state, *flags); });
}

}  // namespace tributary::host
