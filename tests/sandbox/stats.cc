#include "tests/sandbox/stats.h"

namespace tributary::sandbox {

boost::json::object VendorStats::to_json() const {
  return {{"requests", requests.load()},
          {"injected_429", injected_429.load()},
          {"injected_500", injected_500.load()},
          {"injected_slow", injected_slow.load()},
          {"injected_truncated", injected_truncated.load()},
          {"rate_limited_429", rate_limited_429.load()}};
}

void VendorStats::reset() {
  for (auto* counter : {&requests, &injected_429, &injected_500, &injected_slow, &injected_truncated,
                        &rate_limited_429}) {
    counter->store(0);
  }
}

}  // namespace tributary::sandbox
