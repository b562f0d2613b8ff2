#include "host/core/fiber.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define TRIBUTARY_ASAN_FIBERS 1
#endif

namespace tributary::host {

namespace {
thread_local Fiber* t_current = nullptr;

std::size_t page_size() {
  static const std::size_t size = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return size;
}

std::size_t round_up(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

[[noreturn]] void fail(const char* what) {
  throw std::runtime_error(std::string("fiber: ") + what + ": " + std::strerror(errno));
}

// AddressSanitizer must be told when the thread moves to another stack, or it reports the other
// stack's frames as errors. No-ops in other builds.
void start_switch([[maybe_unused]] void** fake_stack_save, [[maybe_unused]] const void* bottom,
                  [[maybe_unused]] std::size_t size) {
#ifdef TRIBUTARY_ASAN_FIBERS
  __sanitizer_start_switch_fiber(fake_stack_save, bottom, size);
#endif
}
void finish_switch([[maybe_unused]] void* fake_stack, [[maybe_unused]] const void** bottom_old,
                   [[maybe_unused]] std::size_t* size_old) {
#ifdef TRIBUTARY_ASAN_FIBERS
  __sanitizer_finish_switch_fiber(fake_stack, bottom_old, size_old);
#endif
}
}  // namespace

Fiber::Fiber(std::function<void()> body, std::size_t stack_bytes) : body_(std::move(body)) {
  const std::size_t page = page_size();
  stack_bytes_ = round_up(stack_bytes, page);
  mapped_ = stack_bytes_ + page;
  stack_ = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (stack_ == MAP_FAILED) fail("cannot map a stack");
  if (::mprotect(stack_, page, PROT_NONE) != 0) {
    ::munmap(stack_, mapped_);
    fail("cannot protect the stack's guard page");
  }
  if (::getcontext(&context_) != 0) {
    ::munmap(stack_, mapped_);
    fail("getcontext");
  }
  context_.uc_stack.ss_sp = static_cast<char*>(stack_) + page;
  context_.uc_stack.ss_size = stack_bytes_;
  context_.uc_link = nullptr;  // the body never returns through here: entry() switches out
  const auto self = reinterpret_cast<std::uintptr_t>(this);
  ::makecontext(&context_, reinterpret_cast<void (*)()>(&Fiber::entry), 2,
                static_cast<unsigned int>(self >> 32), static_cast<unsigned int>(self));
}

Fiber::~Fiber() {
  // A fiber destroyed while parked mid-body leaves its frames unwound: its owner must only drop
  // finished fibers (the event loop does).
  if (stack_) ::munmap(stack_, mapped_);
}

Fiber* Fiber::current() { return t_current; }

void Fiber::resume() {
  if (t_current) throw std::logic_error("fiber: resume() called from inside a fiber");
  if (finished_) throw std::logic_error("fiber: resume() of a finished fiber");
  t_current = this;
  void* fake_stack = nullptr;
  start_switch(&fake_stack, static_cast<char*>(stack_) + page_size(), stack_bytes_);
  if (::swapcontext(&caller_, &context_) != 0) {
    t_current = nullptr;
    fail("swapcontext");
  }
  finish_switch(fake_stack, nullptr, nullptr);
  t_current = nullptr;
  if (finished_ && failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

void Fiber::yield() {
  Fiber* self = t_current;
  if (!self) throw std::logic_error("fiber: yield() called outside a fiber");
  self->switch_out();
}

void Fiber::switch_out() {
  // A finished fiber's stack is never entered again: ASan may forget its fake frames.
  start_switch(finished_ ? nullptr : &fake_stack_, caller_stack_bottom_, caller_stack_size_);
  ::swapcontext(&context_, &caller_);
  finish_switch(fake_stack_, &caller_stack_bottom_, &caller_stack_size_);
}

void Fiber::entry(unsigned int high, unsigned int low) {
  auto* self = reinterpret_cast<Fiber*>((static_cast<std::uintptr_t>(high) << 32) |
                                        static_cast<std::uintptr_t>(low));
  finish_switch(nullptr, &self->caller_stack_bottom_, &self->caller_stack_size_);
  try {
    self->body_();
  } catch (...) {
    // Never let an exception unwind off the top of the fiber's stack: hand it to resume().
    self->failure_ = std::current_exception();
  }
  self->body_ = nullptr;  // what the body captured is released on the fiber, before it ends
  self->finished_ = true;
  self->switch_out();
  __builtin_unreachable();
}

}  // namespace tributary::host
