#pragma once
// The HTTP server of `tributary serve` (Boost.Beast, HTTP/1.1 with keep-alive): a listener and a
// small pool of I/O threads. Requests are read with header and body limits and an idle timeout;
// a request the parser rejects gets 400 (413 for a body over the limit) and the connection closes.

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "host/server/api_backend.h"

namespace tributary::host {

struct ServerOptions {
  std::string listen = "127.0.0.1:8080";  // port 0 picks a free one (tests)
  std::string trigger_secret;             // empty: POST /api/pipelines/{name}/run answers 401
  std::string trigger_secret_env = "TRIBUTARY_TRIGGER_SECRET";  // named in 401 messages
  std::size_t body_limit = 4096;
  std::size_t header_limit = 8192;
  std::chrono::milliseconds idle_timeout{15000};
  int threads = 2;
};

class HttpServer {
 public:
  // Binds and starts serving; throws std::runtime_error saying what could not be bound and why.
  HttpServer(ApiBackend& backend, ServerOptions options);
  ~HttpServer();  // stops accepting, closes connections, joins its threads
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  unsigned short port() const;
  std::string address() const;  // "127.0.0.1:41234"

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tributary::host
