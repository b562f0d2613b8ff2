#pragma once
// One thread's share of a run: the fibers (units) it runs, one libcurl multi handle carrying all
// their transfers, and their timers (rate-budget and retry waits). A fiber that sends a request
// or waits is parked until its transfer completes or its time comes; the thread meanwhile runs
// the others, so a request in flight costs no thread.
//
// Code on a loop's fiber reaches it through EventLoop::current(); code on a plain thread gets
// null there, and the HTTP client and the waits below then block the thread as they always did
// (the conformance runner, `tributary check`, tests that call a client directly).

#include <curl/curl.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <vector>

#include "host/core/fiber.h"

namespace tributary::host {

class EventLoop {
 public:
  using Clock = std::chrono::steady_clock;

  EventLoop();
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // The loop running the current fiber; null when the caller is not on a loop's fiber.
  static EventLoop* current();

  // From a fiber of this loop. Runs the transfer on the loop's multi handle and parks the fiber
  // until it is done; returns libcurl's result for the transfer.
  CURLcode perform(CURL* easy);
  // From a fiber of this loop: parks it until `when`.
  void sleep_until(Clock::time_point when);

  // From the loop's own thread, outside its fibers.
  void spawn(std::function<void()> body);
  std::size_t fibers() const { return fibers_.size(); }
  // Waits at most `max_wait` for a transfer to finish, a timer to come due or wakeup(), then runs
  // every fiber that can go on until each parks or ends. Returns how many fibers ended.
  std::size_t run_once(std::chrono::milliseconds max_wait);

  // From any thread: makes a run_once() that is waiting return now.
  void wakeup();

 private:
  struct Timer {
    Clock::time_point when;
    std::uint64_t sequence;  // first come, first woken among equal times
    Fiber* fiber;
    bool operator>(const Timer& o) const {
      return when != o.when ? when > o.when : sequence > o.sequence;
    }
  };
  struct Transfer {
    Fiber* fiber = nullptr;
    CURLcode result = CURLE_OK;
    bool done = false;
  };

  int poll_timeout_ms(std::chrono::milliseconds max_wait) const;
  void collect_transfers();
  void collect_timers();
  std::size_t run_ready();

  CURLM* multi_;
  std::map<Fiber*, std::unique_ptr<Fiber>> fibers_;
  std::vector<Fiber*> ready_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  std::uint64_t timer_sequence_ = 0;
  std::map<CURL*, Transfer*> transfers_;
};

// Parks the calling fiber until `when` when it runs on an EventLoop; sleeps the thread otherwise.
void wait_until(EventLoop::Clock::time_point when);
inline void wait_for(EventLoop::Clock::duration d) { wait_until(EventLoop::Clock::now() + d); }

}  // namespace tributary::host
