#pragma once
// The runner's own vendor: serves the recorded exchanges of a conformance file on loopback, or
// one of the error responses the errors check needs, and logs every request so the checks can
// tell which pages a connector asked for. It runs on the caller's io_context (the runner drives
// it while it waits for a check's child process), so it needs no thread of its own.
//
// Control endpoints, for the check processes: POST /_conformance/phase?name=N labels the requests
// that follow; POST /_conformance/fault?case=C serves error case C (or "none") from then on.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <memory>
#include <string>
#include <vector>

#include "host/conformance/conformance_config.h"
#include "host/conformance/exchange_match.h"

namespace tributary::host::conformance {

inline constexpr int kServedRetryAfterSeconds = 7;
inline constexpr const char* kControlPrefix = "/_conformance/";

struct ServedRequest {
  std::string phase;
  IncomingRequest request;
  int exchange = -1;   // index of the recorded exchange that answered; -1 when none matched
  int status = 0;
  std::string fault;   // the error case served instead, if any
  std::size_t body_bytes = 0;  // what was served
};

class ExchangeServer {
 public:
  ExchangeServer(boost::asio::io_context& io, std::vector<Exchange> exchanges);
  ~ExchangeServer();
  ExchangeServer(const ExchangeServer&) = delete;
  ExchangeServer& operator=(const ExchangeServer&) = delete;

  // Binds and starts accepting; port 0 picks a free one. Throws on failure (address in use).
  void listen(const std::string& address = "127.0.0.1", unsigned short port = 0);
  unsigned short port() const;
  std::string root_url() const;  // "http://127.0.0.1:PORT", no trailing slash

  const std::vector<Exchange>& exchanges() const;
  const std::vector<ServedRequest>& served() const;
  void clear_served();

  struct State;

 private:
  void accept();

  boost::asio::ip::tcp::acceptor acceptor_;
  std::shared_ptr<State> state_;
};

}  // namespace tributary::host::conformance
