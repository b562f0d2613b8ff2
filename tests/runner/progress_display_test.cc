#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "host/runner/progress.h"
#include "host/runner/unit_executor.h"

namespace tributary::host {
namespace {

using namespace std::chrono;

bool wait_for(const std::function<bool()>& condition, milliseconds timeout = seconds{5}) {
  const auto deadline = steady_clock::now() + timeout;
  while (!condition()) {
    if (steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(milliseconds{5});
  }
  return true;
}

// Installs `logger` as the default for one test, then puts the previous one back.
class DefaultLogger {
 public:
  explicit DefaultLogger(std::shared_ptr<spdlog::logger> logger) : saved_(spdlog::default_logger()) {
    spdlog::set_default_logger(std::move(logger));
  }
  ~DefaultLogger() { spdlog::set_default_logger(saved_); }

 private:
  std::shared_ptr<spdlog::logger> saved_;
};

// One of two units done.
void make_half_done(RunProgress& p) {
  p.start("p", 2, {});
  p.unit_finished(UnitResult{});
}

TEST(ProgressDisplay, WithoutATerminalLogsAProgressLineEachInterval) {
  auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(16);
  DefaultLogger scoped(std::make_shared<spdlog::logger>("progress-test", ring));
  RunProgress progress;
  make_half_done(progress);
  {
    ProgressDisplay display(progress, ProgressMode::kLog, milliseconds{10});
    EXPECT_TRUE(wait_for([&] { return ring->last_formatted().size() >= 2; }));
  }
  auto lines = ring->last_formatted();
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines.front().find("progress p: 1/2 units"), std::string::npos) << lines.front();
}

TEST(ProgressDisplay, OffWritesNothing) {
  auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(16);
  DefaultLogger scoped(std::make_shared<spdlog::logger>("progress-test", ring));
  RunProgress progress;
  make_half_done(progress);
  { ProgressDisplay display(progress, ProgressMode::kOff, milliseconds{1}); }
  EXPECT_TRUE(ring->last_formatted().empty());
}

// stderr goes to a file for the test's duration.
class CapturedStderr {
 public:
  CapturedStderr() : path_("/tmp/progress_display_test." + std::to_string(getpid())) {
    std::fflush(stderr);
    saved_ = dup(STDERR_FILENO);
    std::FILE* f = std::fopen(path_.c_str(), "w");
    dup2(fileno(f), STDERR_FILENO);
    std::fclose(f);
  }
  ~CapturedStderr() {
    restore();
    std::remove(path_.c_str());
  }
  void restore() {
    if (saved_ < 0) return;
    std::fflush(stderr);
    dup2(saved_, STDERR_FILENO);
    close(saved_);
    saved_ = -1;
  }
  std::string text() const {
    std::ifstream in(path_);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

 private:
  std::string path_;
  int saved_ = -1;
};

TEST(ProgressDisplay, OnATerminalALogLineErasesTheProgressLineAndRedrawsIt) {
  CapturedStderr err;
  auto stderr_sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
  auto logger = std::make_shared<spdlog::logger>("progress-test", stderr_sink);
  logger->set_pattern("%v");
  DefaultLogger scoped(logger);
  RunProgress progress;
  make_half_done(progress);
  {
    ProgressDisplay display(progress, ProgressMode::kTerminal);
    ASSERT_TRUE(wait_for([&] { return err.text().find("p: 1/2 units") != std::string::npos; }));
    spdlog::info("a log line");
    EXPECT_EQ(logger->sinks().size(), 1u);
    EXPECT_NE(logger->sinks().front(), stderr_sink) << "the display routes the logger through itself";
  }
  EXPECT_EQ(logger->sinks().front(), stderr_sink) << "the logger's own sink is back";
  err.restore();
  const auto text = err.text();
  const std::string line = "p: 1/2 units, 0 requests, 0 retries, 0 throttled";
  const auto log_at = text.find("\r\033[Ka log line\n");
  ASSERT_NE(log_at, std::string::npos) << text;
  EXPECT_NE(text.find(line, log_at), std::string::npos) << "redrawn after the log line: " << text;
  EXPECT_EQ(text.substr(text.size() - 4), "\r\033[K") << "erased when the display ends";
}

}  // namespace
}  // namespace tributary::host
