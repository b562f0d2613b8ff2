#include "tests/serve/serve_env.h"

#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace tributary::testing {

ServeEnv::ServeEnv(const std::vector<std::string>& sandbox_flags) {
  copy_tree(std::string(TRIBUTARY_SOURCE_ROOT) + "/config", config_dir());
  std::filesystem::remove_all(config_dir() + "/pipelines");
  std::filesystem::create_directories(config_dir() + "/pipelines");
  write_file(pipeline_file(),
             read_file(std::string(TRIBUTARY_SOURCE_ROOT) + "/tests/serve/fixtures/sales-metrics.yaml"));
  std::vector<std::string> flags = {"--justcall-key", "demo-key", "--justcall-secret", "demo-secret"};
  flags.insert(flags.end(), sandbox_flags.begin(), sandbox_flags.end());
  sandbox_ = std::make_unique<SandboxProcess>(flags);
}

ServeEnv::~ServeEnv() {
  if (serving()) {
    serve_->kill(SIGKILL);
    serve_->finish(std::chrono::seconds(5));
  }
}

Env ServeEnv::env() const {
  return {{"TRIBUTARY_DB", db()},
          {"TRIBUTARY_PLUGIN_PATH", TRIBUTARY_PLUGIN_DIR},
          {"SANDBOX_PORT", std::to_string(sandbox_->port())},
          {"JUSTCALL_API_KEY", "demo-key"},
          {"JUSTCALL_API_SECRET", "demo-secret"},
          {"TRIBUTARY_TRIGGER_SECRET", kTriggerSecret},
          {"TRIBUTARY_CONFIG", ""}};
}

ProcessResult ServeEnv::tributary(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {bin("tributary"), "--config", config_dir()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, env(), std::chrono::seconds(60));
}

std::string ServeEnv::quiet_schedule(std::chrono::system_clock::time_point now) {
  const auto hour_of_day =
      std::chrono::floor<std::chrono::hours>(now - std::chrono::floor<std::chrono::days>(now)).count();
  const std::string cron = "0 " + std::to_string((hour_of_day + 12) % 24) + " * * *";
  replace_in_file(pipeline_file(), "cron: \"*/10 * * * *\"", "cron: \"" + cron + "\"");
  replace_in_file(pipeline_file(), "timezone: America/Denver", "timezone: UTC");
  return cron;
}

void ServeEnv::start_serve(const std::vector<std::string>& extra_flags) {
  const auto port_file = dir_.file("serve.port");
  std::remove(port_file.c_str());
  std::vector<std::string> argv = {bin("tributary"), "--config", config_dir(), "serve",
                                   "--listen", "127.0.0.1:0", "--port-file", port_file};
  argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
  serve_ = std::make_unique<BackgroundProcess>(argv, env());
  port_ = 0;
  const bool up = wait_until(
      [&] {
        if (port_ == 0) {
          std::ifstream in(port_file);
          if (!(in >> port_)) port_ = 0;
        }
        return port_ > 0 && http_get(url("/healthz")).status == 200;
      },
      std::chrono::seconds(20));
  if (!up) {
    auto r = serve_->finish(std::chrono::seconds(2));
    throw std::runtime_error("tributary serve did not come up (exit " +
                             std::to_string(r.exit_code) + "): " + r.err);
  }
}

void ServeEnv::signal(int sig) { serve_->kill(sig); }

ProcessResult ServeEnv::finish_serve(std::chrono::milliseconds timeout) {
  auto r = serve_->finish(timeout);
  serve_.reset();
  return r;
}

std::string ServeEnv::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

HttpResult ServeEnv::trigger(const std::string& pipeline, const std::string& auth) const {
  return http_request("POST", url("/api/pipelines/" + pipeline + "/run"), "", auth);
}

boost::json::value ServeEnv::health() const { return parse_json(http_get(url("/healthz")).body); }

boost::json::value ServeEnv::wait_for_run(std::int64_t id, std::chrono::milliseconds timeout) const {
  boost::json::value run;
  wait_until(
      [&] {
        auto r = http_get(url("/api/runs/" + std::to_string(id)));
        if (r.status != 200) return false;
        run = parse_json(r.body);
        return run.at("status") != "running";
      },
      timeout);
  return run;
}

boost::json::value parse_json(const std::string& text) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec) throw std::runtime_error("not JSON (" + ec.message() + "): " + text.substr(0, 500));
  return v;
}

}  // namespace tributary::testing
