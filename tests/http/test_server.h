#pragma once
// A scripted HTTP/1.1 server on 127.0.0.1 for the HTTP client's tests (Boost.Beast, one I/O
// thread). It answers each request with the next scripted response (the last one repeats) and
// records what it received, when, and on which connection.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace tributary::testing {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct ScriptedResponse {
  int status = 200;
  HeaderList headers;
  std::string body;
  std::chrono::milliseconds delay{0};  // before the response is written
  bool close_mid_response = false;     // send part of a response, then drop the connection
};

struct RecordedRequest {
  std::string method;
  std::string target;  // path and query
  HeaderList headers;
  std::string body;
  std::chrono::steady_clock::time_point arrived;
  int connection = 0;  // 1-based, in accept order

  std::string header(std::string_view name) const;  // case-insensitive; empty when absent
};

class TestServer {
 public:
  TestServer();
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  // Binds 127.0.0.1 on a free port and listens; returns once connections are accepted.
  void start();
  // Responses for the requests to come, in order; the last repeats. Default: one 200 "ok".
  void script(std::vector<ScriptedResponse> responses);
  std::string url(std::string_view path_and_query) const;
  std::uint16_t port() const { return port_; }
  std::vector<RecordedRequest> requests() const;

  struct Shared;  // script and records, shared with the connections

 private:
  void accept();

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::shared_ptr<Shared> shared_;
  std::uint16_t port_ = 0;
  std::thread thread_;
};

// A loopback port with no listener (bound, noted, released), for connection-refused tests.
std::uint16_t closed_port();

}  // namespace tributary::testing
