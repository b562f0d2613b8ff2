#include "tests/sandbox/copper/settings.h"

#include <CLI/CLI.hpp>

namespace tributary::sandbox::copper {

void add_flags(CLI::App& app, Settings& settings) {
  app.add_option("--copper-key", settings.key, "API key Copper requests must send as X-PW-AccessToken")
      ->capture_default_str();
  app.add_option("--copper-user-email", settings.user_email,
                 "key owner's email Copper requests must send as X-PW-UserEmail")
      ->capture_default_str();
  app.add_option("--copper-rate-limit", settings.rate_limit, "Copper requests allowed per rate window")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--copper-rate-window-s", settings.rate_window_s, "length of the Copper rate window (s)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
}

}  // namespace tributary::sandbox::copper
