#include "tests/sandbox/fishbowl/settings.h"

#include <date/tz.h>

#include <CLI/CLI.hpp>

namespace tributary::sandbox::fishbowl {

void add_flags(CLI::App& app, Settings& settings) {
  app.add_option("--fishbowl-user", settings.username, "Fishbowl username logins must present")
      ->capture_default_str();
  app.add_option("--fishbowl-password", settings.password, "Fishbowl password logins must present")
      ->capture_default_str();
  app.add_option("--fishbowl-seats", settings.seats, "Fishbowl concurrent-user licence seats")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app.add_option("--fishbowl-timezone", settings.timezone,
                 "the Fishbowl server's clock (IANA zone)")
      ->capture_default_str()
      ->check([](const std::string& zone) -> std::string {
        try {
          date::locate_zone(zone);
          return {};
        } catch (const std::exception&) {
          return "'" + zone + "' is not an IANA time zone such as America/New_York";
        }
      });
}

}  // namespace tributary::sandbox::fishbowl
