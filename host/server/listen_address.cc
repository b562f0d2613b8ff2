#include "host/server/listen_address.h"

#include <boost/asio/ip/address.hpp>
#include <charconv>

namespace tributary::host {

std::variant<ListenAddress, ListenAddressError> parse_listen_address(std::string_view text) {
  const std::string shown(text);
  auto fail = [&](const std::string& why) {
    return ListenAddressError{"listen address '" + shown + "' " + why +
                              "; expected HOST:PORT such as 127.0.0.1:8080 or [::1]:8080"};
  };
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return fail("has no port");
  std::string_view host = text.substr(0, colon);
  const std::string_view port_text = text.substr(colon + 1);
  unsigned port = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || end != port_text.data() + port_text.size() || port > 65535)
    return fail("has port '" + std::string(port_text) + "', not a number from 0 to 65535");
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.empty() || host == "localhost") host = "127.0.0.1";
  boost::system::error_code bad;
  auto address = boost::asio::ip::make_address(std::string(host), bad);
  if (bad) return fail("has host '" + std::string(host) + "', not a numeric IP address");
  return ListenAddress{address.to_string(), static_cast<unsigned short>(port),
                       address.is_loopback()};
}

}  // namespace tributary::host
