// The renderer behind ProgressDisplay. On a terminal the line is redrawn with "\r" + erase, cut
// to the terminal's width (a wrapped line could not be redrawn in place), and the process
// logger's sinks are wrapped so a log line first erases the progress line and then redraws it.
#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/sink.h>
#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "host/core/logging.h"
#include "host/runner/progress.h"

namespace tributary::host {

namespace {

constexpr auto kTerminalRefresh = std::chrono::milliseconds{250};
constexpr const char* kEraseLine = "\r\033[K";

// What is on the terminal's last line now; shared by the display and the logger sink.
struct TerminalLine {
  std::mutex mu;
  std::string text;
};

std::size_t terminal_width() {
  winsize ws{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1) return ws.ws_col - 1;
  return 79;
}

class LineAwareSink final : public spdlog::sinks::sink {
 public:
  LineAwareSink(std::vector<spdlog::sink_ptr> inner, std::shared_ptr<TerminalLine> line)
      : inner_(std::move(inner)), line_(std::move(line)) {}

  void log(const spdlog::details::log_msg& msg) override {
    std::lock_guard lock(line_->mu);
    if (!line_->text.empty()) std::fputs(kEraseLine, stderr);
    for (auto& s : inner_)
      if (s->should_log(msg.level)) s->log(msg);
    if (!line_->text.empty()) std::fputs(line_->text.c_str(), stderr);
    std::fflush(stderr);
  }
  void flush() override {
    for (auto& s : inner_) s->flush();
  }
  void set_pattern(const std::string& pattern) override {
    for (auto& s : inner_) s->set_pattern(pattern);
  }
  void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override {
    for (auto& s : inner_) s->set_formatter(formatter->clone());
  }

 private:
  std::vector<spdlog::sink_ptr> inner_;
  std::shared_ptr<TerminalLine> line_;
};

// Installed for the display's lifetime; the run's threads start after and end before it.
struct SinkSwap {
  std::shared_ptr<spdlog::logger> logger;
  std::vector<spdlog::sink_ptr> saved;
};

}  // namespace

ProgressMode progress_mode_for_stderr() {
  return isatty(STDERR_FILENO) ? ProgressMode::kTerminal : ProgressMode::kLog;
}

// The terminal state of one display, kept out of the header to keep spdlog out of it.
struct ProgressDisplayTerminal {
  std::shared_ptr<TerminalLine> line = std::make_shared<TerminalLine>();
  SinkSwap swap;
};

ProgressDisplay::ProgressDisplay(const RunProgress& progress, ProgressMode mode,
                                 std::chrono::milliseconds log_interval)
    : progress_(progress), mode_(mode), interval_(log_interval) {
  if (mode_ == ProgressMode::kOff) return;
  if (mode_ == ProgressMode::kTerminal) {
    terminal_ = std::make_unique<ProgressDisplayTerminal>();
    if (auto logger = spdlog::default_logger()) {
      terminal_->swap.logger = logger;
      terminal_->swap.saved = logger->sinks();
      logger->sinks() = {std::make_shared<LineAwareSink>(terminal_->swap.saved, terminal_->line)};
    }
    interval_ = kTerminalRefresh;
  }
  thread_ = std::thread([this] { loop(); });
}

ProgressDisplay::~ProgressDisplay() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
  if (terminal_) {
    {
      std::lock_guard lock(terminal_->line->mu);
      if (!terminal_->line->text.empty()) std::fputs(kEraseLine, stderr);
      terminal_->line->text.clear();
      std::fflush(stderr);
    }
    if (terminal_->swap.logger) terminal_->swap.logger->sinks() = terminal_->swap.saved;
  }
}

void ProgressDisplay::loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    if (mode_ == ProgressMode::kTerminal) draw_terminal();
    if (wake_.wait_for(lock, interval_, [this] { return stopping_; })) return;
    if (mode_ == ProgressMode::kLog) log_info("progress " + format_progress(progress_.snapshot()));
  }
}

void ProgressDisplay::draw_terminal() {
  auto text = format_progress(progress_.snapshot());
  if (auto width = terminal_width(); text.size() > width) text.resize(width);
  std::lock_guard lock(terminal_->line->mu);
  terminal_->line->text = text;
  std::fputs(kEraseLine, stderr);
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace tributary::host
