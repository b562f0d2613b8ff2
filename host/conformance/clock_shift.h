#pragma once
// Moves the process's wall clock, for catching a normalize that reads it. This library defines
// clock_gettime, gettimeofday and time itself; the runner executable exports them, so a plugin
// loaded into it (and the C++ library's system_clock) read the shifted clock. Only a check's
// child process ever shifts it; with no shift the calls are exactly the kernel's answer.

#include <chrono>

namespace tributary::host::conformance {

void set_clock_shift(std::chrono::seconds offset);

}  // namespace tributary::host::conformance
