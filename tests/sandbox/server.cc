#include "tests/sandbox/server.h"

#include <algorithm>
#include <stdexcept>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>

#include "tests/sandbox/http_session.h"
#include "tests/sandbox/router.h"
#include "tests/sandbox/sandbox_state.h"

namespace tributary::sandbox {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// Declared in this order so the acceptor goes before the io_context, whose destruction then
// frees every session still waiting on it.
struct SandboxServer::Transport {
  explicit Transport(Router& router_ref) : router(router_ref) {}

  void accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](boost::system::error_code ec, tcp::socket socket) {
      if (!ec) start_http_session(std::move(socket), router, base_url);
      // Running out of descriptors must not stop the listener; only closing it does.
      if (ec != net::error::operation_aborted && acceptor.is_open()) accept();
    });
  }

  net::io_context ioc;
  tcp::acceptor acceptor{net::make_strand(ioc)};
  Router& router;
  std::string base_url;
};

SandboxServer::SandboxServer(ServerOptions options, std::vector<VendorApiPtr> vendors)
    : options_(std::move(options)),
      state_(std::make_unique<SandboxState>(options_, std::move(vendors))),
      router_(std::make_unique<Router>(*state_)) {}

SandboxServer::~SandboxServer() { stop(); }

std::uint16_t SandboxServer::start() {
  if (transport_) throw std::logic_error("SandboxServer::start() called twice");
  transport_ = std::make_unique<Transport>(*router_);
  boost::system::error_code ec;
  auto address = net::ip::make_address(options_.host, ec);
  if (ec) throw std::runtime_error("--host '" + options_.host + "' is not an IP address such as 127.0.0.1");
  tcp::endpoint endpoint(address, options_.port);
  auto& acceptor = transport_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    throw std::runtime_error("tributary-sandbox cannot listen on " + options_.host + ":" +
                             std::to_string(options_.port) + ": " + ec.message());
  }
  port_ = acceptor.local_endpoint().port();
  transport_->base_url = base_url();
  transport_->accept();
  for (int i = 0; i < std::max(1, options_.threads); ++i) {
    threads_.emplace_back([this] { transport_->ioc.run(); });
  }
  return port_;
}

void SandboxServer::stop() {
  if (!transport_) return;
  transport_->ioc.stop();
  for (auto& thread : threads_) thread.join();
  threads_.clear();
  transport_.reset();
}

std::string SandboxServer::base_url() const {
  return "http://" + options_.host + ":" + std::to_string(port_);
}

VendorApi* SandboxServer::vendor(std::string_view name) const {
  auto* slot = state_->find(name);
  return slot ? slot->api.get() : nullptr;
}

}  // namespace tributary::sandbox
