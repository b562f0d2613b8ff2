#include "tests/sandbox/justcall/settings.h"

#include <CLI/CLI.hpp>

namespace tributary::sandbox::justcall {

void add_flags(CLI::App& app, Settings& settings) {
  app.add_option("--justcall-key", settings.key, "API key JustCall requests must present")
      ->capture_default_str();
  app.add_option("--justcall-secret", settings.secret, "API secret JustCall requests must present")
      ->capture_default_str();
  app.add_option("--justcall-rate-limit", settings.rate_limit, "JustCall requests allowed per rate window")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--justcall-rate-window-s", settings.rate_window_s, "length of the JustCall rate window (s)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--justcall-burst-limit", settings.burst_limit, "JustCall requests allowed per burst window")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--justcall-burst-window-s", settings.burst_window_s, "length of the JustCall burst window (s)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
}

}  // namespace tributary::sandbox::justcall
