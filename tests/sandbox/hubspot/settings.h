#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace tributary::sandbox::hubspot {

// What requests must present, how many contacts exist, and the Professional tier's budget.
struct Settings {
  std::string token = "demo-hubspot-token";  // private-app token, accepted as Bearer
  std::string client_id = "demo-hubspot-client";
  std::string client_secret = "demo-hubspot-secret";
  std::string refresh_token = "demo-hubspot-refresh";
  std::int64_t contacts = 150;
  std::int64_t access_token_ttl_s = 1800;
  std::int64_t rate_limit = 190;  // per 10 s
  std::int64_t daily_limit = 650000;
  // Where lastmodifieddate of contacts changed at run time comes from; tests may pin it.
  std::function<std::chrono::system_clock::time_point()> clock = [] {
    return std::chrono::system_clock::now();
  };
};

// --hubspot-token, --hubspot-client-id, --hubspot-client-secret, --hubspot-refresh-token,
// --hubspot-contacts, --hubspot-token-ttl-s, --hubspot-rate-limit, --hubspot-daily-limit
void add_flags(CLI::App& app, Settings& settings);

}  // namespace tributary::sandbox::hubspot
