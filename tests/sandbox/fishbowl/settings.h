#pragma once

#include <string>

namespace CLI {
class App;
}

namespace tributary::sandbox::fishbowl {

// The defaults are the demo credentials (FISHBOWL_USER / FISHBOWL_PASSWORD in the demo pipeline).
struct Settings {
  std::string username = "demo-user";
  std::string password = "demo-pass";
  int seats = 3;                              // concurrent-user licences
  std::string timezone = "America/New_York";  // the server's clock: MySQL datetimes are local
};

// --fishbowl-user, --fishbowl-password, --fishbowl-seats, --fishbowl-timezone
void add_flags(CLI::App& app, Settings& settings);

}  // namespace tributary::sandbox::fishbowl
