#include "tests/http/test_server.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

namespace tributary::testing {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

struct TestServer::Shared {
  std::mutex mu;
  std::vector<ScriptedResponse> script{ScriptedResponse{200, {}, "ok"}};
  std::size_t next = 0;
  std::vector<RecordedRequest> requests;
  int connections = 0;

  ScriptedResponse record(RecordedRequest request) {
    std::lock_guard lock(mu);
    requests.push_back(std::move(request));
    const std::size_t i = std::min(next++, script.size() - 1);
    return script[i];
  }
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::shared_ptr<TestServer::Shared> shared, int id)
      : socket_(std::move(socket)),
        timer_(socket_.get_executor()),
        shared_(std::move(shared)),
        id_(id) {}

  void read() {
    request_ = {};
    http::async_read(socket_, buffer_, request_,
                     [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                       if (!ec) self->on_request();
                     });
  }

 private:
  void on_request() {
    RecordedRequest rec;
    rec.arrived = std::chrono::steady_clock::now();
    rec.method = std::string(request_.method_string());
    rec.target = std::string(request_.target());
    for (const auto& field : request_) {
      rec.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    rec.body = request_.body();
    rec.connection = id_;
    reply_ = shared_->record(std::move(rec));
    timer_.expires_after(reply_.delay);
    timer_.async_wait([self = shared_from_this()](boost::beast::error_code ec) {
      if (!ec) self->respond();
    });
  }

  void respond() {
    if (reply_.close_mid_response) {
      raw_ = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly part of the body";
      asio::async_write(socket_, asio::buffer(raw_),
                        [self = shared_from_this()](boost::beast::error_code, std::size_t) {
                          boost::beast::error_code ignored;
                          self->socket_.shutdown(tcp::socket::shutdown_both, ignored);
                          self->socket_.close(ignored);
                        });
      return;
    }
    response_ = {};
    response_.result(static_cast<unsigned>(reply_.status));
    response_.version(11);
    for (const auto& [name, value] : reply_.headers) response_.set(name, value);
    response_.body() = reply_.body;
    response_.keep_alive(request_.keep_alive());
    response_.prepare_payload();
    http::async_write(socket_, response_,
                      [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                        if (!ec && self->response_.keep_alive()) self->read();
                      });
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  std::shared_ptr<TestServer::Shared> shared_;
  int id_;
  boost::beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
  ScriptedResponse reply_;
  std::string raw_;
};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

}  // namespace

std::string RecordedRequest::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (iequals(k, name)) return v;
  }
  return {};
}

TestServer::TestServer() : acceptor_(io_), shared_(std::make_shared<Shared>()) {}

TestServer::~TestServer() {
  io_.stop();
  if (thread_.joinable()) thread_.join();
}

void TestServer::start() {
  tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
  accept();
  thread_ = std::thread([this] { io_.run(); });
}

void TestServer::accept() {
  acceptor_.async_accept([this](boost::beast::error_code ec, tcp::socket socket) {
    if (ec) return;
    int id = 0;
    {
      std::lock_guard lock(shared_->mu);
      id = ++shared_->connections;
    }
    std::make_shared<Session>(std::move(socket), shared_, id)->read();
    accept();
  });
}

void TestServer::script(std::vector<ScriptedResponse> responses) {
  std::lock_guard lock(shared_->mu);
  if (responses.empty()) responses.push_back(ScriptedResponse{200, {}, "ok"});
  shared_->script = std::move(responses);
  shared_->next = 0;
}

std::string TestServer::url(std::string_view path_and_query) const {
  return "http://127.0.0.1:" + std::to_string(port_) + std::string(path_and_query);
}

std::vector<RecordedRequest> TestServer::requests() const {
  std::lock_guard lock(shared_->mu);
  return shared_->requests;
}

std::uint16_t closed_port() {
  asio::io_context io;
  tcp::acceptor probe(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  return probe.local_endpoint().port();
}

}  // namespace tributary::testing
