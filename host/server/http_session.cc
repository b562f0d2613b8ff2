#include "host/server/http_session.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <array>
#include <memory>
#include <optional>

#include "host/core/logging.h"

namespace tributary::host {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

// After refusing a request, read (and drop) what the client is still sending for a moment, so
// closing does not reset the connection before it has read the answer.
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = 1 << 20;

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(net::ip::tcp::socket socket, const ApiRouter& router, SessionLimits limits)
      : stream_(std::move(socket)), router_(router), limits_(limits) {}

  void read() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(limits_.header_limit));
    parser_->body_limit(limits_.body_limit);
    stream_.expires_after(limits_.idle_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

 private:
  void on_read(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == http::error::partial_message ||
        ec == beast::error::timeout || ec == net::error::eof ||
        ec == net::error::connection_reset || ec == net::error::operation_aborted)
      return close();
    if (ec) return refuse(ec);
    HttpResponse res;
    try {
      res = router_.handle(parser_->get());
    } catch (const std::exception& e) {
      log_error(std::string("HTTP API: ") + e.what());
      res = error_response(500, std::string("internal error: ") + e.what());
    }
    res.keep_alive(parser_->get().keep_alive());
    send(std::move(res));
  }

  void refuse(beast::error_code ec) {
    HttpResponse res;
    if (ec == http::error::body_limit) {
      res = error_response(413, "the request body is over the limit of " +
                                    std::to_string(limits_.body_limit) + " bytes");
    } else if (ec == http::error::header_limit) {
      res = error_response(431, "the request headers are over the limit of " +
                                    std::to_string(limits_.header_limit) + " bytes");
    } else {
      res = error_response(400, "malformed HTTP request: " + ec.message());
    }
    res.keep_alive(false);
    send(std::move(res));
  }

  void send(HttpResponse res) {
    response_ = std::make_unique<HttpResponse>(std::move(res));
    const bool keep_alive = response_->keep_alive();
    stream_.expires_after(limits_.idle_timeout);
    http::async_write(stream_, *response_,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                        if (ec) return self->close();
                        if (keep_alive) return self->read();
                        self->linger();
                      });
  }

  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    linger_until_ = std::chrono::steady_clock::now() + kLingerTime;
    drain();
  }

  void drain() {
    stream_.expires_at(linger_until_);
    stream_.async_read_some(net::buffer(scratch_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > kLingerBytes) return self->close();
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  const ApiRouter& router_;
  SessionLimits limits_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::unique_ptr<HttpResponse> response_;
  std::chrono::steady_clock::time_point linger_until_;
  std::array<char, 4096> scratch_{};
  std::size_t drained_ = 0;
};

}  // namespace

void start_http_session(net::ip::tcp::socket socket, const ApiRouter& router,
                        SessionLimits limits) {
  std::make_shared<Session>(std::move(socket), router, limits)->read();
}

}  // namespace tributary::host
