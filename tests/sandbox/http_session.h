#pragma once
// One accepted connection: reads requests until the peer closes, is idle too long, or sends
// something that is not HTTP (answered with 400 and a close, never a crash).

#include <string>

#include <boost/asio/ip/tcp.hpp>

namespace tributary::sandbox {

class Router;

// Takes ownership of the socket; the session keeps itself alive through its pending operations,
// so destroying the io_context (SandboxServer::stop) ends it.
void start_http_session(boost::asio::ip::tcp::socket socket, Router& router, std::string base_url);

}  // namespace tributary::sandbox
