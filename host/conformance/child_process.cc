#include "host/conformance/child_process.h"

#include <cxxabi.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_to.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>

namespace tributary::host::conformance {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

namespace {

// The pipe of the child this process is, for the terminate handler: set once right after fork
// in the child and never in the runner itself.
int g_child_report_fd = -1;

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    auto n = ::write(fd, text.data(), text.size());
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      return;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

void write_line(int fd, const json::object& message) { write_all(fd, json::serialize(message) + "\n"); }

std::string current_exception_text() {
  auto error = std::current_exception();
  if (!error) return "std::terminate was called without an exception";
  std::string type = "an exception";
  if (auto* info = abi::__cxa_current_exception_type()) {
    int status = 0;
    char* name = abi::__cxa_demangle(info->name(), nullptr, nullptr, &status);
    type = status == 0 && name ? name : info->name();
    std::free(name);
  }
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return type + ": " + e.what();
  } catch (...) {
  }
  return type;
}

[[noreturn]] void report_terminate() {
  write_line(g_child_report_fd, {{"terminate", current_exception_text()}});
  std::abort();
}

[[noreturn]] void child_main(int report_fd, int output_fd, const Probe& probe) {
  ::dup2(output_fd, STDOUT_FILENO);
  ::dup2(output_fd, STDERR_FILENO);
  g_child_report_fd = report_fd;
  std::set_terminate(report_terminate);
  ChildChannel channel(report_fd);
  json::object last;
  try {
    last = {{"result", probe(channel)}};
  } catch (const std::exception& e) {
    last = {{"error", current_exception_text()}};
  }
  write_line(report_fd, last);
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  ::_exit(0);
}

std::string read_output(int fd) {
  std::string out;
  ::lseek(fd, 0, SEEK_SET);
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

std::string signal_name(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  const char* text = ::strsignal(sig);
  return std::string("SIG") + (abbrev ? abbrev : std::to_string(sig).c_str()) + " (" +
         (text ? text : "signal") + ")";
}

// Reads the child's lines until the pipe closes or the deadline passes, serving HTTP meanwhile.
bool pump(boost::asio::io_context& io, int read_fd, Clock::time_point deadline, std::string& text) {
  boost::asio::posix::stream_descriptor pipe(io, read_fd);
  bool eof = false;
  std::array<char, 4096> buf{};
  std::function<void()> read_more = [&] {
    pipe.async_read_some(boost::asio::buffer(buf), [&](boost::system::error_code ec, std::size_t n) {
      text.append(buf.data(), n);
      if (ec) {
        eof = true;
        return;
      }
      read_more();
    });
  };
  read_more();
  while (!eof && Clock::now() < deadline) {
    if (io.stopped()) io.restart();
    io.run_one_until(deadline);
  }
  pipe.cancel();
  if (io.stopped()) io.restart();
  io.poll();  // let the cancelled read finish while `buf` still exists
  return eof;
}

// Waits for the child to exit, serving HTTP meanwhile; kills it at the deadline.
int reap(boost::asio::io_context& io, pid_t pid, Clock::time_point deadline, bool& killed) {
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      killed = true;
      break;
    }
    if (io.stopped()) io.restart();
    io.run_one_for(std::chrono::milliseconds(2));
  }
  return status;
}

// Reads the child's report lines and says, in one sentence, why there is no result if there is none.
void explain(const std::string& text, int status, bool killed, std::chrono::milliseconds timeout,
             ChildOutcome& outcome) {
  std::string terminate_text, error_text;
  std::size_t start = 0;
  for (auto end = text.find('\n'); end != std::string::npos; start = end + 1, end = text.find('\n', start)) {
    boost::system::error_code ec;
    auto line = json::parse(std::string_view(text).substr(start, end - start), ec);
    if (ec || !line.is_object()) continue;
    const auto& o = line.as_object();
    if (const auto* s = o.if_contains("step")) outcome.last_step = json::value_to<std::string>(*s);
    if (const auto* t = o.if_contains("terminate")) terminate_text = json::value_to<std::string>(*t);
    if (const auto* e = o.if_contains("error")) error_text = json::value_to<std::string>(*e);
    if (const auto* r = o.if_contains("result")) outcome.result = *r;
  }
  std::string during = outcome.last_step.empty() ? "" : " during " + outcome.last_step;
  if (killed) {
    outcome.timed_out = true;
    outcome.result.reset();
    outcome.failure = "did not finish within " + std::to_string(timeout.count() / 1000) + " s" +
                      during + " and was killed; a connector must never hang (the host's HTTP "
                      "client times out, so a hang is a loop or a wait of the connector's own)";
  } else if (WIFSIGNALED(status)) {
    outcome.result.reset();
    outcome.failure = "crashed with " + signal_name(WTERMSIG(status)) + during;
    if (!terminate_text.empty())
      outcome.failure += ": an exception escaped a noexcept entry point (" + terminate_text +
                         "); entry points must catch everything and return a Status";
  } else if (!outcome.result && !error_text.empty()) {
    outcome.failure = "failed unexpectedly" + during + ": " + error_text;
  } else if (!outcome.result) {
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    outcome.failure = "ended" + during + " with exit status " + std::to_string(code) +
                      " before reporting; a connector must never exit the process";
  }
}

}  // namespace

void ChildChannel::step(std::string_view what) { write_line(fd_, {{"step", what}}); }

ChildOutcome run_in_child(boost::asio::io_context& io, std::chrono::milliseconds timeout,
                          const Probe& probe) {
  ChildOutcome outcome;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    outcome.failure = std::string("cannot create a pipe for the check process: ") + std::strerror(errno);
    return outcome;
  }
  char name[] = "/tmp/tributary-conformance-XXXXXX";
  int output_fd = ::mkstemp(name);
  if (output_fd >= 0) ::unlink(name);
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    child_main(fds[1], output_fd, probe);
  }
  ::close(fds[1]);
  if (pid < 0) {
    ::close(fds[0]);
    if (output_fd >= 0) ::close(output_fd);
    outcome.failure = std::string("cannot start the check process: ") + std::strerror(errno);
    return outcome;
  }
  auto deadline = Clock::now() + timeout;
  std::string text;
  pump(io, fds[0], deadline, text);  // closes fds[0] with the descriptor
  bool killed = false;
  int status = reap(io, pid, deadline, killed);
  if (output_fd >= 0) {
    outcome.output = read_output(output_fd);
    ::close(output_fd);
  }

  explain(text, status, killed, timeout, outcome);
  return outcome;
}

}  // namespace tributary::host::conformance
