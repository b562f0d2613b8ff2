#pragma once
// `http.listen` and `serve --listen`: "127.0.0.1:8080", "[::1]:8080", "localhost:8080", or ":8080"
// (loopback). Only numeric addresses and "localhost": nothing depends on a resolver.

#include <string>
#include <string_view>
#include <variant>

namespace tributary::host {

struct ListenAddress {
  std::string host;  // numeric IPv4 or IPv6, without brackets
  unsigned short port = 0;
  bool loopback = true;
};

struct ListenAddressError {
  std::string message;
};

std::variant<ListenAddress, ListenAddressError> parse_listen_address(std::string_view text);

}  // namespace tributary::host
