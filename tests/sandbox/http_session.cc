#include "tests/sandbox/http_session.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <memory>
#include <optional>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "tests/sandbox/router.h"

namespace tributary::sandbox {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr auto kIdleTimeout = std::chrono::seconds(60);
constexpr auto kWriteTimeout = std::chrono::seconds(30);
constexpr std::uint64_t kBodyLimit = 1 << 20;
constexpr std::uint32_t kHeaderLimit = 16 * 1024;

bool is_parse_error(const beast::error_code& ec) {
  return ec.category() == http::make_error_code(http::error::bad_method).category() &&
         ec != http::error::end_of_stream && ec != http::error::partial_message;
}

Request to_request(http::request<http::string_body>&& message, const std::string& base_url) {
  Request request;
  request.method = std::string(message.method_string());
  request.target = std::string(message.target());
  for (const auto& field : message) {
    std::string name(field.name_string());
    std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto [it, inserted] = request.headers.try_emplace(name, std::string(field.value()));
    if (!inserted) it->second += ", " + std::string(field.value());
  }
  request.body = std::move(message.body());
  request.base_url = base_url;
  return request;
}

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(tcp::socket&& socket, Router& router, std::string base_url)
      : stream_(std::move(socket)), timer_(stream_.get_executor()), router_(router), base_url_(std::move(base_url)) {}

  void run() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::read, shared_from_this()));
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(kBodyLimit);
    parser_->header_limit(kHeaderLimit);
    stream_.expires_after(kIdleTimeout);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec && is_parse_error(ec)) {
      Routed routed{Response::json(400, boost::json::object{{"error", "malformed HTTP request: " + ec.message()}})};
      return reply(std::move(routed), false);
    }
    if (ec) return close();
    auto message = parser_->release();
    bool keep_alive = message.keep_alive();
    reply(router_.route(to_request(std::move(message), base_url_)), keep_alive);
  }

  void reply(Routed routed, bool keep_alive) {
    response_ = {};
    response_.version(11);
    response_.result(static_cast<unsigned>(routed.response.status));
    response_.set(http::field::server, "tributary-sandbox");
    response_.set(http::field::content_type, routed.response.content_type);
    for (const auto& [name, value] : routed.response.headers) response_.set(name, value);
    response_.body() = std::move(routed.response.body);
    response_.keep_alive(keep_alive);
    response_.prepare_payload();
    if (routed.delay.count() <= 0) return write();
    timer_.expires_after(routed.delay);
    timer_.async_wait([self = shared_from_this()](beast::error_code wait_ec) {
      if (!wait_ec) self->write();
    });
  }

  void write() {
    stream_.expires_after(kWriteTimeout);
    http::async_write(stream_, response_, beast::bind_front_handler(&HttpSession::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec || !response_.keep_alive()) return close();
    read();
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  net::steady_timer timer_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  Router& router_;
  std::string base_url_;
};

}  // namespace

void start_http_session(tcp::socket socket, Router& router, std::string base_url) {
  std::make_shared<HttpSession>(std::move(socket), router, std::move(base_url))->run();
}

}  // namespace tributary::sandbox
