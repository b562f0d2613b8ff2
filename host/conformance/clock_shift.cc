#include "host/conformance/clock_shift.h"

#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

namespace {

// Process-wide by nature: the clock it shifts is. Written only in a check's child process.
long long g_shift_seconds = 0;

}  // namespace

namespace tributary::host::conformance {

void set_clock_shift(std::chrono::seconds offset) { g_shift_seconds = offset.count(); }

}  // namespace tributary::host::conformance

extern "C" {

__attribute__((visibility("default"))) int clock_gettime(clockid_t id, struct timespec* ts) __THROW {
  long result = ::syscall(SYS_clock_gettime, id, ts);
  if (result == 0 && (id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE))
    ts->tv_sec += g_shift_seconds;
  return static_cast<int>(result);
}

__attribute__((visibility("default"))) int gettimeofday(struct timeval* __restrict tv, void* __restrict tz) __THROW {
  long result = ::syscall(SYS_gettimeofday, tv, tz);
  if (result == 0) tv->tv_sec += g_shift_seconds;
  return static_cast<int>(result);
}

__attribute__((visibility("default"))) time_t time(time_t* out) __THROW {
  struct timespec ts {};
  clock_gettime(CLOCK_REALTIME, &ts);
  if (out != nullptr) *out = ts.tv_sec;
  return ts.tv_sec;
}

}  // extern "C"
