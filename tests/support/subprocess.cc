#include "tests/support/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace tributary::testing {

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> merged_env(const Env& extra) {
  std::map<std::string, std::string> all;
  for (char** e = environ; *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos) all[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  for (const auto& [k, v] : extra) {
    if (v.empty()) all.erase(k);
    else all[k] = v;
  }
  std::vector<std::string> out;
  for (const auto& [k, v] : all) out.push_back(k + "=" + v);
  return out;
}

std::string temp_path(const char* tag) {
  char tmpl[] = "/tmp/tributary-proc-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  return std::string(tmpl) + tag;
}

ProcessResult decode(int status) {
  ProcessResult r;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  return r;
}

}  // namespace

std::string bin(const std::string& name) { return std::string(TRIBUTARY_BIN_DIR) + "/" + name; }

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv, const Env& env) {
  out_path_ = temp_path(".out");
  err_path_ = temp_path(".err");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  auto env_strings = merged_env(env);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  int rc = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
}

BackgroundProcess::~BackgroundProcess() {
  if (!result_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  std::remove(out_path_.c_str());
  std::remove(err_path_.c_str());
}

bool BackgroundProcess::running() {
  if (result_) return false;
  int status = 0;
  pid_t r = waitpid(pid_, &status, WNOHANG);
  if (r == pid_) {
    result_ = decode(status);
    result_->out = slurp(out_path_);
    result_->err = slurp(err_path_);
    return false;
  }
  return true;
}

void BackgroundProcess::kill(int signal) {
  if (!result_) ::kill(pid_, signal);
}

ProcessResult BackgroundProcess::finish(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  while (running()) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      timed_out = true;
      int status = 0;
      waitpid(pid_, &status, 0);
      result_ = decode(status);
      result_->out = slurp(out_path_);
      result_->err = slurp(err_path_);
      break;
    }
    // Polling a child's exit: waitpid has no timeout, so check every 10 ms until the deadline.
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  result_->timed_out = timed_out;
  return *result_;
}

ProcessResult run_process(const std::vector<std::string>& argv, const Env& env,
                          std::chrono::milliseconds timeout) {
  BackgroundProcess p(argv, env);
  return p.finish(timeout);
}

}  // namespace tributary::testing
