#pragma once

#include <cstdint>
#include <string>

namespace CLI {
class App;
}

namespace tributary::sandbox::copper {

// What requests must present, and Copper's documented budget (180 requests per minute).
struct Settings {
  std::string key = "demo-copper-key";
  std::string user_email = "owner@example.com";  // the key owner's address (X-PW-UserEmail)
  std::int64_t rate_limit = 180;
  std::int64_t rate_window_s = 60;
};

// --copper-key, --copper-user-email, --copper-rate-limit, --copper-rate-window-s
void add_flags(CLI::App& app, Settings& settings);

}  // namespace tributary::sandbox::copper
