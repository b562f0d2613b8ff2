#pragma once
// The HTTP/1.1 transport: a Beast server on an io_context run by a few threads, keep-alive,
// bound to loopback by default. Everything it receives goes through the Router.

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tests/sandbox/server_options.h"
#include "tests/sandbox/vendor.h"

namespace tributary::sandbox {

class SandboxState;
class Router;

class SandboxServer {
 public:
  SandboxServer(ServerOptions options, std::vector<VendorApiPtr> vendors);
  ~SandboxServer();  // stops
  SandboxServer(const SandboxServer&) = delete;
  SandboxServer& operator=(const SandboxServer&) = delete;

  // Binds, listens and starts the threads; returns the bound port. Throws std::runtime_error
  // naming the address when it cannot bind. Call once.
  std::uint16_t start();
  // Closes the listener and every connection, then joins the threads. Idempotent.
  void stop();

  std::uint16_t port() const { return port_; }
  std::string base_url() const;  // "http://127.0.0.1:PORT"

  // The vendor module named `name` ("justcall"), for tests that call it in-process; nullptr when
  // there is none.
  VendorApi* vendor(std::string_view name) const;

 private:
  struct Transport;

  ServerOptions options_;
  std::unique_ptr<SandboxState> state_;
  std::unique_ptr<Router> router_;
  std::unique_ptr<Transport> transport_;
  std::vector<std::thread> threads_;
  std::uint16_t port_ = 0;
};

}  // namespace tributary::sandbox
