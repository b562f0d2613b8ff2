#pragma once
// `tributary-conformance --serve`: the recorded exchanges of a conformance file on loopback until
// SIGINT/SIGTERM, so a connector can run in a real pipeline without the vendor.

#include <string>

namespace tributary::host::conformance {

struct ServeOptions {
  std::string config_path;
  unsigned short port = 0;
  std::string port_file;  // written (atomically) once listening
};

// Returns the process exit status: 0 after a clean stop, 2 for a bad conformance file.
int serve_recorded(const ServeOptions& options);

}  // namespace tributary::host::conformance
