#pragma once
// One client connection: read a request (with limits), answer it through the router, repeat
// while keep-alive; on a request the parser rejects, answer 400/413/431 once and close.

#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstddef>

#include "host/server/api_router.h"

namespace tributary::host {

struct SessionLimits {
  std::size_t body_limit = 4096;
  std::size_t header_limit = 8192;
  std::chrono::milliseconds idle_timeout{15000};
};

// Takes the socket and keeps itself alive through its pending operations.
void start_http_session(boost::asio::ip::tcp::socket socket, const ApiRouter& router,
                        SessionLimits limits);

}  // namespace tributary::host
