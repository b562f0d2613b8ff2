#include "host/server/http_server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <stdexcept>
#include <thread>
#include <vector>

#include "host/core/logging.h"
#include "host/server/http_session.h"
#include "host/server/listen_address.h"

namespace tributary::host {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct HttpServer::Impl {
  Impl(ApiBackend& backend, const ServerOptions& o)
      : router(backend, o.trigger_secret, o.trigger_secret_env),
        limits{o.body_limit, o.header_limit, o.idle_timeout},
        ioc(o.threads),
        acceptor(ioc) {}

  void bind(const std::string& listen) {
    auto parsed = parse_listen_address(listen);
    if (auto* e = std::get_if<ListenAddressError>(&parsed)) throw std::runtime_error(e->message);
    const auto& where = std::get<ListenAddress>(parsed);
    if (!where.loopback)
      log_warn("the HTTP server listens on " + listen +
               ", which is not a loopback address: anyone who can reach it can read run history "
               "and metrics");
    const tcp::endpoint endpoint(net::ip::make_address(where.host), where.port);
    boost::system::error_code ec;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) throw std::runtime_error("cannot listen on " + listen + ": " + ec.message());
    bound = acceptor.local_endpoint();
  }

  void accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](boost::system::error_code ec,
                                                        tcp::socket socket) {
      if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
      if (ec) log_warn("HTTP server: accepting a connection failed: " + ec.message());
      else start_http_session(std::move(socket), router, limits);
      accept();
    });
  }

  ApiRouter router;
  SessionLimits limits;
  net::io_context ioc;
  tcp::acceptor acceptor;
  std::vector<std::thread> threads;
  tcp::endpoint bound;
};

HttpServer::HttpServer(ApiBackend& backend, ServerOptions options)
    : impl_(std::make_unique<Impl>(backend, options)) {
  impl_->bind(options.listen);
  impl_->accept();
  for (int i = 0; i < std::max(1, options.threads); ++i)
    impl_->threads.emplace_back([this] { impl_->ioc.run(); });
}

HttpServer::~HttpServer() {
  // Open connections go with the io_context: stopping it drops their pending operations.
  impl_->ioc.stop();
  for (auto& t : impl_->threads) t.join();
}

unsigned short HttpServer::port() const { return impl_->bound.port(); }

std::string HttpServer::address() const {
  const auto& endpoint = impl_->bound;
  const auto host = endpoint.address().to_string();
  return (endpoint.address().is_v6() ? "[" + host + "]" : host) + ":" +
         std::to_string(endpoint.port());
}

}  // namespace tributary::host
