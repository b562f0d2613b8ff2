#include "host/http/event_loop.h"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <string>
#include <thread>

namespace tributary::host {

namespace {
thread_local EventLoop* t_loop = nullptr;  // set while one of the loop's fibers runs

using std::chrono::milliseconds;
}  // namespace

EventLoop::EventLoop() : multi_(curl_multi_init()) {
  if (!multi_) throw std::runtime_error("curl_multi_init failed: libcurl could not allocate it");
}

EventLoop::~EventLoop() {
  // Normally empty by now. A transfer still registered belongs to a fiber that never ended; its
  // handle must leave the multi before the multi goes.
  for (auto& [easy, transfer] : transfers_) curl_multi_remove_handle(multi_, easy);
  curl_multi_cleanup(multi_);
}

EventLoop* EventLoop::current() { return t_loop; }

CURLcode EventLoop::perform(CURL* easy) {
  Fiber* fiber = Fiber::current();
  if (!fiber || t_loop != this) throw std::logic_error("EventLoop::perform called off its fibers");
  Transfer transfer;
  transfer.fiber = fiber;
  if (curl_multi_add_handle(multi_, easy) != CURLM_OK) return CURLE_FAILED_INIT;
  transfers_[easy] = &transfer;
  // Started here, on this fiber: the request leaves when the rate budget let it go, not after
  // whatever the loop's other ready fibers do first (a late start next to an on-time one is how
  // two requests paced an interval apart reach the vendor closer than that).
  // A new connection (on loopback, open a moment after connect()) is driven once more, so its
  // request does not wait for the loop's next turn either.
  int running = 0;
  curl_multi_perform(multi_, &running);
  curl_multi_poll(multi_, nullptr, 0, 0, nullptr);
  curl_multi_perform(multi_, &running);
  while (!transfer.done) Fiber::yield();
  return transfer.result;
}

void EventLoop::sleep_until(Clock::time_point when) {
  Fiber* fiber = Fiber::current();
  if (!fiber || t_loop != this)
    throw std::logic_error("EventLoop::sleep_until called off its fibers");
  if (when <= Clock::now()) return;
  timers_.push({when, timer_sequence_++, fiber});
  // Timers are the only thing that wakes a sleeping fiber, and each fires once.
  Fiber::yield();
}

void EventLoop::spawn(std::function<void()> body) {
  auto fiber = std::make_unique<Fiber>(std::move(body));
  ready_.push_back(fiber.get());
  Fiber* key = fiber.get();
  fibers_.emplace(key, std::move(fiber));
}

void EventLoop::wakeup() { curl_multi_wakeup(multi_); }

int EventLoop::poll_timeout_ms(milliseconds max_wait) const {
  if (!ready_.empty()) return 0;
  auto wait = max_wait;
  if (!timers_.empty()) {
    const auto until = timers_.top().when - Clock::now();
    // Rounded down: the last part of a wait is slept precisely in run_once.
    wait = std::min(wait, std::chrono::duration_cast<milliseconds>(until));
  }
  return static_cast<int>(std::max<milliseconds::rep>(wait.count(), 0));
}

void EventLoop::collect_transfers() {
  int running = 0;
  curl_multi_perform(multi_, &running);
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
    if (message->msg != CURLMSG_DONE) continue;
    CURL* easy = message->easy_handle;
    const CURLcode result = message->data.result;
    auto it = transfers_.find(easy);
    curl_multi_remove_handle(multi_, easy);
    if (it == transfers_.end()) continue;
    it->second->result = result;
    it->second->done = true;
    ready_.push_back(it->second->fiber);
    transfers_.erase(it);
  }
}

void EventLoop::collect_timers() {
  const auto now = Clock::now();
  while (!timers_.empty() && timers_.top().when <= now) {
    ready_.push_back(timers_.top().fiber);
    timers_.pop();
  }
}

std::size_t EventLoop::run_ready() {
  std::size_t ended = 0;
  std::exception_ptr failure;
  std::vector<Fiber*> batch;
  batch.swap(ready_);
  for (Fiber* fiber : batch) {
    t_loop = this;
    try {
      fiber->resume();
    } catch (...) {
      // The body let an exception out, so it has ended; the others still get their turn.
      if (!failure) failure = std::current_exception();
    }
    t_loop = nullptr;
    if (fiber->finished()) {
      fibers_.erase(fiber);
      ++ended;
    }
  }
  if (failure) std::rethrow_exception(failure);
  return ended;
}

std::size_t EventLoop::run_once(milliseconds max_wait) {
  const int timeout = poll_timeout_ms(max_wait);
  curl_multi_poll(multi_, nullptr, 0, timeout, nullptr);
  collect_transfers();
  // curl_multi_poll counts whole milliseconds: finish a timer's last fraction of one here, so
  // pacing to a rate budget does not drift late by up to a millisecond per request.
  if (ready_.empty() && !timers_.empty()) {
    const auto next = timers_.top().when;
    if (next - Clock::now() < milliseconds{1}) std::this_thread::sleep_until(next);
  }
  collect_timers();
  return run_ready();
}

void wait_until(EventLoop::Clock::time_point when) {
  if (auto* loop = EventLoop::current()) {
    loop->sleep_until(when);
  } else {
    std::this_thread::sleep_until(when);
  }
}

}  // namespace tributary::host
