#include "host/conformance/serve.h"

#include <boost/asio/signal_set.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "host/conformance/exchange_server.h"

namespace tributary::host::conformance {

int serve_recorded(const ServeOptions& options) {
  auto load = load_conformance_config(options.config_path);
  if (!load.config) {
    for (const auto& e : load.errors) std::cerr << e << "\n";
    return 2;
  }
  boost::asio::io_context io;
  ExchangeServer server(io, load.config->recorded);
  try {
    server.listen("127.0.0.1", options.port);
  } catch (const std::exception& e) {
    std::cerr << "tributary-conformance: cannot listen on 127.0.0.1:" << options.port << ": " << e.what() << "\n";
    return 1;
  }
  if (!options.port_file.empty()) {
    auto tmp = options.port_file + ".tmp";
    std::ofstream(tmp) << server.port() << "\n";
    std::filesystem::rename(tmp, options.port_file);
  }
  std::cout << "tributary-conformance serving " << server.exchanges().size() << " recorded exchanges on "
            << server.root_url() << std::endl;
  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int) { io.stop(); });
  io.run();
  return 0;
}

}  // namespace tributary::host::conformance
