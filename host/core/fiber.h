#pragma once
// A fiber: a function running on a stack of its own that can give the thread back (yield) and be
// resumed later, on the same thread, where it left off. The run's units are fibers, so a unit
// waiting on the network or on a rate budget costs a parked stack, not a thread.
//
// Built on ucontext (glibc), not a new dependency. A fiber is pinned to the thread that resumes
// it: resume() and yield() must be called on one thread for the fiber's whole life, so a mutex a
// fiber locks is unlocked on the thread that locked it, and thread_locals stay that thread's.
//
// The stack is mmap'ed with a guard page below it: an overflow faults instead of corrupting a
// neighbour. Pages are committed as touched, so a fiber costs the stack it really uses.

#include <ucontext.h>

#include <cstddef>
#include <exception>
#include <functional>

namespace tributary::host {

class Fiber {
 public:
  static constexpr std::size_t kDefaultStackBytes = std::size_t{2} << 20;  // as deep as a thread's

  explicit Fiber(std::function<void()> body, std::size_t stack_bytes = kDefaultStackBytes);
  ~Fiber();
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // Runs the fiber until it yields or its body returns; an exception that escapes the body is
  // rethrown here, on the resumer's stack. Not from inside a fiber.
  void resume();
  bool finished() const { return finished_; }

  // From inside a fiber: back to whoever resumed it.
  static void yield();
  // The fiber running on this thread, or null when the thread is on its own stack.
  static Fiber* current();

 private:
  static void entry(unsigned int high, unsigned int low);
  void switch_out();

  std::function<void()> body_;
  void* stack_ = nullptr;   // the mapping, guard page first
  std::size_t mapped_ = 0;  // bytes mapped, guard page included
  std::size_t stack_bytes_ = 0;
  ucontext_t context_{};
  ucontext_t caller_{};
  std::exception_ptr failure_;
  bool finished_ = false;
  // AddressSanitizer's view of the stacks being switched (used only in ASan builds).
  void* fake_stack_ = nullptr;
  const void* caller_stack_bottom_ = nullptr;
  std::size_t caller_stack_size_ = 0;
};

}  // namespace tributary::host
