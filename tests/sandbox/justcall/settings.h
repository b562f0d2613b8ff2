#pragma once

#include <cstdint>
#include <string>

namespace CLI {
class App;
}

namespace tributary::sandbox::justcall {

// Defaults: the Business plan's budget (5,400 requests per hour, burst 90 per minute).
struct Settings {
  std::string key = "demo-key";
  std::string secret = "demo-secret";
  std::int64_t rate_limit = 5400;
  std::int64_t rate_window_s = 3600;
  std::int64_t burst_limit = 90;
  std::int64_t burst_window_s = 60;
};

// --justcall-key, --justcall-secret, --justcall-rate-limit, --justcall-rate-window-s,
// --justcall-burst-limit, --justcall-burst-window-s
void add_flags(CLI::App& app, Settings& settings);

}  // namespace tributary::sandbox::justcall
