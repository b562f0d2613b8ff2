#pragma once
// Runs one check's plugin work in a forked child process, so a connector that crashes, throws
// through a noexcept entry point, calls exit or hangs fails that check with a clear reason instead
// of taking the runner down. The parent keeps serving recorded HTTP exchanges (on `io`) while it
// waits, and kills the child at the deadline.
//
// The child reports over a pipe, one JSON object per line: {"step": ...} as it goes (so a crash
// or a hang can say where), {"terminate": ...} from std::terminate, and {"result": ...} at the end.

#include <boost/asio/io_context.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tributary::host::conformance {

// The child's side of the pipe.
class ChildChannel {
 public:
  explicit ChildChannel(int fd) : fd_(fd) {}
  // Announces what the child is about to do, e.g. "fetch (read, user rep1)".
  void step(std::string_view what);

 private:
  int fd_;
};

struct ChildOutcome {
  std::optional<boost::json::value> result;  // what the probe returned, when it finished
  std::string failure;    // otherwise: why, as a sentence that names the step
  std::string last_step;
  std::string output;     // everything the child wrote to stdout and stderr
  bool timed_out = false;
};

using Probe = std::function<boost::json::value(ChildChannel&)>;

ChildOutcome run_in_child(boost::asio::io_context& io, std::chrono::milliseconds timeout,
                          const Probe& probe);

}  // namespace tributary::host::conformance
